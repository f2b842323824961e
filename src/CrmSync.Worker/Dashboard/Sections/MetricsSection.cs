using CrmSync.Core.Metrics;
using CrmSync.Worker.Dashboard.Charts;

namespace CrmSync.Worker.Dashboard.Sections;

/// <summary>
/// A section drawn from the connector's metrics: when they cannot be computed it shows why, in place of each of
/// its charts; otherwise <see cref="Render"/> draws it.
/// </summary>
public abstract class MetricsSection : ICrmSyncPageSection
{
    public abstract int Order { get; }

    public abstract string Title { get; }

    /// <summary>The charts the section draws (the <c>data-chart</c> names), each noted as missing when metrics are not available.</summary>
    protected abstract IReadOnlyList<string> Charts { get; }

    public async Task<string> RenderAsync(ConnectorPageContext connector, CancellationToken cancellationToken)
    {
        var metrics = await connector.MetricsAsync();
        return metrics.Unavailable is { } reason
            ? string.Concat(Charts.Select(chart => PageHtml.Note(reason, chart)))
            : Render(metrics);
    }

    protected abstract string Render(ConnectorMetrics metrics);

    /// <summary>A chart by month, or, when no month has a value, a note saying so with the reasons.</summary>
    protected static string MonthlyChart(ConnectorMetrics metrics, string chart, string title, string yLabel,
        IReadOnlyList<(string Name, string Key)> series, Func<double, string> format)
    {
        var values = series.Select(s => (s.Name, Values: metrics.ByMonth(s.Key))).ToList();
        var gaps = string.Join("; ", values.Select(v => $"{v.Name}: {MissingMonths(metrics.MonthLabels, v.Values)}").Where(t => !t.EndsWith(": ", StringComparison.Ordinal)));
        if (values.All(v => v.Values.All(m => !m.HasValue)))
            return PageHtml.Note($"{title}: no month has a value. {gaps}", chart);
        var svg = MonthlyLineChart.Render(title, yLabel, metrics.MonthLabels,
            values.Select(v => (v.Name, (IReadOnlyList<decimal?>)v.Values.Select(m => m.Value).ToList())).ToList(), format);
        return PageHtml.Chart(chart, svg, gaps.Length == 0 ? null : $"No value: {gaps}");
    }

    /// <summary>The months without a value, consecutive ones with the same reason joined: "2025-01 to 2025-03 (MissingInput)".</summary>
    protected static string MissingMonths(IReadOnlyList<string> months, IReadOnlyList<MetricValue> values)
    {
        var parts = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].HasValue)
                continue;
            var end = i;
            while (end + 1 < values.Count && !values[end + 1].HasValue && values[end + 1].Reason == values[i].Reason)
                end++;
            parts.Add(end == i ? $"{months[i]} ({values[i].Reason})" : $"{months[i]} to {months[end]} ({values[i].Reason})");
            i = end;
        }

        return string.Join(", ", parts);
    }
}
