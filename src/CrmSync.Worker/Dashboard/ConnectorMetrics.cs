using CrmSync.Core.Metrics;

namespace CrmSync.Worker.Dashboard;

/// <summary>
/// The metrics one connector's sections chart: the report of the page's period and one report per trend month, or,
/// when they cannot be computed, <see cref="Unavailable"/> saying why (each metrics section shows that instead).
/// </summary>
public sealed class ConnectorMetrics
{
    private ConnectorMetrics(string? unavailable, MetricsOptions options, MetricsReport? period, IReadOnlyList<MetricsReport> months)
    {
        Unavailable = unavailable;
        Options = options;
        Period = period;
        Months = months;
    }

    public string? Unavailable { get; }

    public MetricsOptions Options { get; }

    public MetricsReport? Period { get; }

    public IReadOnlyList<MetricsReport> Months { get; }

    public static ConnectorMetrics Of(MetricsOptions options, MetricsReport period, IReadOnlyList<MetricsReport> months) => new(null, options, period, months);

    public static ConnectorMetrics Missing(string reason) => new(reason, new MetricsOptions(), null, []);

    /// <summary>The month labels of <see cref="Months"/> (<c>2026-05</c>).</summary>
    public IReadOnlyList<string> MonthLabels => Months.Select(m => m.Period.Label).ToList();

    /// <summary>One metric across the trend months.</summary>
    public IReadOnlyList<MetricValue> ByMonth(string key) =>
        Months.Select(m => m.Metrics.TryGet(key, out var value) ? value : MetricValue.Null(MetricNullReason.MissingInput)).ToList();
}
