using CrmSync.Core.Metrics;
using CrmSync.Worker.Dashboard.Charts;

namespace CrmSync.Worker.Dashboard.Sections;

/// <summary>
/// The right side of the bowtie for the page's period: the revenue bridge V7–V13 as a waterfall (Starting, + new,
/// + cross-sell, + upgrade, − downgrade, − churn, Ending) with the flow ratios. A bridge with a null part is listed
/// with its reasons instead of drawn.
/// </summary>
public sealed class RevenueBridgeSection : MetricsSection
{
    public const string Chart = "waterfall";

    public override int Order => 200;

    public override string Title => "Revenue bridge V7–V13";

    protected override IReadOnlyList<string> Charts => [Chart];

    protected override string Render(ConnectorMetrics metrics)
    {
        var report = metrics.Period!;
        var options = metrics.Options;
        var steps = WaterfallChart.Steps.Select(s => (s.Key, Value: report.Metrics[s.Key])).ToList();
        var ratios = PageHtml.Table(["NRR", "GRR", "Quick ratio", "Expansion ratio", "Logo churn"],
        [
            [
                ChartFormat.Value(report.Metrics[MetricKeys.Nrr], ChartFormat.Percent),
                ChartFormat.Value(report.Metrics[MetricKeys.Grr], ChartFormat.Percent),
                ChartFormat.Value(report.Metrics[MetricKeys.QuickRatio], v => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)),
                ChartFormat.Value(report.Metrics[MetricKeys.ExpansionRatio], ChartFormat.Percent),
                ChartFormat.Value(report.Metrics[MetricKeys.LogoChurn], ChartFormat.Percent),
            ],
        ]);
        if (steps.Any(s => !s.Value.HasValue))
        {
            var nulls = steps.Where(s => !s.Value.HasValue).Select(s => $"{options.AliasOf(s.Key)} {s.Key}: {ChartFormat.Null(s.Value)}");
            return PageHtml.Note($"The bridge of {report.Period.Label} cannot be drawn: {string.Join("; ", nulls)}.", Chart) + ratios;
        }

        var svg = WaterfallChart.Render($"Revenue bridge {report.Period.Label}", steps.Select(s => s.Value.Value!.Value).ToList(),
            steps.Select(s => $"{options.AliasOf(s.Key)}\n{s.Key}").ToList(), options.HomeCurrency);
        return PageHtml.Chart(Chart, svg, $"MRR in {options.HomeCurrency}: Ending = Starting + NetNew + CrossSell + Upgrade \u2212 Downgrade \u2212 Churn.") + ratios;
    }
}
