using CrmSync.Core.Metrics;
using CrmSync.Worker.Dashboard.Charts;

namespace CrmSync.Worker.Dashboard.Sections;

/// <summary>NRR and GRR of each trend month (the month's endpoint cohort), with the trailing 12-month cohort's values.</summary>
public sealed class RetentionSection : MetricsSection
{
    public const string Chart = "retention";

    public override int Order => 300;

    public override string Title => "Retention: NRR and GRR by month";

    protected override IReadOnlyList<string> Charts => [Chart];

    protected override string Render(ConnectorMetrics metrics)
    {
        var chart = MonthlyChart(metrics, Chart, "NRR and GRR by month", "Retention",
            [("NRR", MetricKeys.Nrr), ("GRR", MetricKeys.Grr)], ChartFormat.Percent);
        var set = metrics.Period!.Metrics;
        return chart + PageHtml.Table(["Cohort of 12 months before the period's end", "NRR", "GRR"],
            [[metrics.Period.Period.Label, ChartFormat.Value(set[MetricKeys.Nrr12], ChartFormat.Percent), ChartFormat.Value(set[MetricKeys.Grr12], ChartFormat.Percent)]]);
    }
}
