using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Tests.Metrics;

/// <summary>The three business models, cross-sell folding, the 12-month cohort and spend coverage.</summary>
public class RevenueModelTests
{
    private static readonly DateTime AsOf = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void FoldCrossSellIntoUpgrade_MovesItIntoUpgrade()
    {
        var options = WorkedExample.Options();
        options.FoldCrossSellIntoUpgrade = true;

        var feb = WorkedExample.Engine(options).Compute(MetricsPeriod.Parse("2025-02")).Metrics;

        MetricAssert.Value(feb, MetricKeys.CrossSell, 0, 2);
        MetricAssert.Value(feb, MetricKeys.Upgrade, 200, 2);
        MetricAssert.Value(feb, MetricKeys.Ending, 4_000, 2);
    }

    [Fact]
    public void TwelveMonthCohort_ComparesTheEndWithTwelveMonthsEarlier()
    {
        var b = new MetricsInputBuilder();
        for (var month = 1; month <= 12; month++)
        {
            b.AddRevenue("A", 2025, month, 100 + (month * 10)); // 110 … 220
            b.AddRevenue("B", 2025, month, month <= 6 ? 100 : 0); // churns in July
        }

        b.AddRevenue("A", 2024, 12, 100);
        b.AddRevenue("B", 2024, 12, 100);
        var metrics = new MetricsEngine(b.Build(), new MetricsOptions(), AsOf).Compute(MetricsPeriod.Parse("2025-12")).Metrics;

        MetricAssert.Value(metrics, MetricKeys.Nrr12, 220m / 200m, 6, n: 2);
        MetricAssert.Value(metrics, MetricKeys.Grr12, 100m / 200m, 6, n: 2);
        MetricAssert.Value(metrics, MetricKeys.Nrr, 220m / 210m, 6, n: 1);
    }

    [Fact]
    public void Consumption_BridgeRunsOnTheTrailingThreeMonthAverage()
    {
        var b = new MetricsInputBuilder();
        decimal[] usage = [90, 120, 150, 300];
        for (var i = 0; i < usage.Length; i++)
            b.AddRevenue("A", 2025, i + 1, usage[i]);
        var options = new MetricsOptions { BusinessModel = BusinessModel.Consumption };

        var april = new MetricsEngine(b.Build(), options, AsOf).Compute(MetricsPeriod.Parse("2025-04")).Metrics;

        MetricAssert.Value(april, MetricKeys.Starting, 120, 6); // (90 + 120 + 150) / 3
        MetricAssert.Value(april, MetricKeys.Ending, 190, 6); // (120 + 150 + 300) / 3
        MetricAssert.Value(april, MetricKeys.Upgrade, 70, 6);
        // March is the first smoothed month: a bridge into it would need February's average, which needs December.
        var march = new MetricsEngine(b.Build(), options, AsOf).Compute(MetricsPeriod.Parse("2025-03")).Metrics;
        MetricAssert.Null(march, MetricKeys.Starting, MetricNullReason.MissingInput);
    }

    [Fact]
    public void OneTime_ReportsRevenueCollected_AndNoRecurringBridge()
    {
        var b = new MetricsInputBuilder();
        b.AddRevenue("A", 2025, 1, 500);
        b.AddRevenue("B", 2025, 2, 700);
        b.AddRevenue("A", 2025, 3, 100);
        var options = new MetricsOptions { BusinessModel = BusinessModel.OneTime };

        var q1 = new MetricsEngine(b.Build(), options, AsOf).Compute(MetricsPeriod.Parse("2025-Q1")).Metrics;

        MetricAssert.Value(q1, MetricKeys.RevenueCollected, 1_300, 2, n: 3);
        Assert.False(q1.Contains(MetricKeys.Nrr));
        Assert.False(q1.Contains(MetricKeys.Starting));
    }

    [Theory]
    [InlineData(new[] { "2025-Q1" }, "2025-Q1", "100")]
    [InlineData(new[] { "2025-01", "2025-02", "2025-03" }, "2025-Q1", "300")]
    [InlineData(new[] { "2025-01", "2025-03" }, "2025-Q1", null)] // February missing
    [InlineData(new[] { "2025" }, "2025-Q1", null)] // a year cannot be split into quarters without guessing
    [InlineData(new[] { "2025-Q1", "2025-01" }, "2025-Q1", null)] // January twice
    public void Spend_MustCoverThePeriodEndToEnd(string[] entries, string period, string? expected)
    {
        var options = new MetricsOptions();
        foreach (var entry in entries)
            options.Spend[entry] = 100;

        var spend = CrmSync.Core.Metrics.Engine.UnitEconomics.SpendFor(options, MetricsPeriod.Parse(period));

        Assert.Equal(expected is null ? null : decimal.Parse(expected), spend);
    }

    [Fact]
    public void Sessions_SumTheMonths_AMissingMonthIsMissingInput()
    {
        var b = new MetricsInputBuilder();
        b.AddSessions(2025, 1, 1_000);
        b.AddSessions(2025, 2, 1_500);
        var engine = new MetricsEngine(b.Build(), new MetricsOptions(), AsOf);

        MetricAssert.Value(engine.Compute(MetricsPeriod.Between(new(2025, 1, 1), new(2025, 3, 1))).Metrics, MetricKeys.Sessions, 2_500, 0, n: 2);
        MetricAssert.Null(engine.Compute(MetricsPeriod.Parse("2025-Q1")).Metrics, MetricKeys.Sessions, MetricNullReason.MissingInput, n: 2);
    }
}
