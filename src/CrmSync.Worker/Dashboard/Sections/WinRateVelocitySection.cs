using System.Globalization;
using CrmSync.Core.Metrics;
using CrmSync.Worker.Dashboard.Charts;

namespace CrmSync.Worker.Dashboard.Sections;

/// <summary>
/// Win rate (by count and by value) and pipeline velocity (money per day) of each trend month, with the page
/// period's values and the change from the first to the last month that has one.
/// </summary>
public sealed class WinRateVelocitySection : MetricsSection
{
    public const string WinRateChart = "win-rate";
    public const string VelocityChart = "velocity";

    public override int Order => 400;

    public override string Title => "Win rate and pipeline velocity";

    protected override IReadOnlyList<string> Charts => [WinRateChart, VelocityChart];

    protected override string Render(ConnectorMetrics metrics)
    {
        var currency = metrics.Options.HomeCurrency;
        var winRate = MonthlyChart(metrics, WinRateChart, "Win rate by month", "Won / closed",
            [("by count", MetricKeys.WinRate), ("by value", MetricKeys.WinRateValue)], ChartFormat.Percent);
        var velocity = MonthlyChart(metrics, VelocityChart, "Pipeline velocity by month", $"{currency} per day",
            [("velocity", MetricKeys.PipelineVelocity)], ChartFormat.Amount);
        var set = metrics.Period!.Metrics;
        var perDay = (Func<decimal, string>)(v => $"{v.ToString("#,0.##", CultureInfo.InvariantCulture)} {currency}/day");
        var summary = PageHtml.Table(["Metric", metrics.Period.Period.Label, "Trend over the months"],
        [
            ["Win rate", ChartFormat.Value(set[MetricKeys.WinRate], ChartFormat.Percent), Trend(metrics, MetricKeys.WinRate, ChartFormat.Percent)],
            ["Win rate by value", ChartFormat.Value(set[MetricKeys.WinRateValue], ChartFormat.Percent), Trend(metrics, MetricKeys.WinRateValue, ChartFormat.Percent)],
            ["Pipeline velocity", ChartFormat.Value(set[MetricKeys.PipelineVelocity], perDay), Trend(metrics, MetricKeys.PipelineVelocity, perDay)],
        ]);
        return winRate + velocity + summary;
    }

    /// <summary>"12.5 % (2025-02) → 75 % (2025-03)": the first and last months with a value.</summary>
    private static string Trend(ConnectorMetrics metrics, string key, Func<decimal, string> format)
    {
        var known = metrics.ByMonth(key).Select((v, i) => (Value: v, Month: metrics.MonthLabels[i])).Where(p => p.Value.HasValue).ToList();
        return known.Count switch
        {
            0 => "no month has a value",
            1 => $"only {known[0].Month}: {format(known[0].Value.Value!.Value)}",
            _ => $"{format(known[0].Value.Value!.Value)} ({known[0].Month}) \u2192 {format(known[^1].Value.Value!.Value)} ({known[^1].Month})",
        };
    }
}
