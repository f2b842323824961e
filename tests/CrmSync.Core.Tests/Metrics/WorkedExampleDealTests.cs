using CrmSync.Core.Metrics;

namespace CrmSync.Core.Tests.Metrics;

/// <summary>metrics.md §11.5, deals: every listed value for Q1 2025 as of 2025-04-01, to the cent and the day.</summary>
public class WorkedExampleDealTests
{
    private static readonly MetricsReport Q1 = WorkedExample.Engine().Compute(MetricsPeriod.Parse("2025-Q1"), "owner");

    [Fact]
    public void WonAndLost_CountByFinalOutcomeInTheQuarter()
    {
        MetricAssert.Value(Q1.Metrics, MetricKeys.Won, 3, 0, n: 3);
        MetricAssert.Value(Q1.Metrics, MetricKeys.WonAmount, 43_000m, 2, n: 3); // D6 = 10,000 EUR × 1.10
        MetricAssert.Value(Q1.Metrics, MetricKeys.Lost, 1, 0);
        MetricAssert.Value(Q1.Metrics, MetricKeys.Opportunities, 5, 0); // D6 was created in December
    }

    [Fact]
    public void WinRate_ByCountAndByValue()
    {
        MetricAssert.Value(Q1.Metrics, MetricKeys.WinRate, 0.75m, 6, n: 4);
        MetricAssert.Value(Q1.Metrics, MetricKeys.WinRateValue, 0.843137m, 6, n: 4);
    }

    [Fact]
    public void DealSize_AverageAndMedianOfWonAmounts()
    {
        MetricAssert.Value(Q1.Metrics, MetricKeys.AverageDealSize, 14_333.33m, 2, n: 3);
        MetricAssert.Value(Q1.Metrics, MetricKeys.MedianDealSize, 12_000m, 2, n: 3);
    }

    [Fact]
    public void SalesCycle_FromCreationToFirstWonEntry()
    {
        MetricAssert.Value(Q1.Metrics, MetricKeys.SalesCycleDays, 56m, 6, n: 3); // {49, 56, 108}
        MetricAssert.Value(Q1.Metrics, MetricKeys.SalesCycleDaysMean, 71m, 6, n: 3);
    }

    [Fact]
    public void PipelineVelocity_PerDayAndPer30Days()
    {
        MetricAssert.Value(Q1.Metrics, MetricKeys.PipelineVelocity, 757.04m, 2, n: 5);
        MetricAssert.Value(Q1.Metrics, MetricKeys.PipelineVelocityMonthly, 22_711.27m, 2);
    }

    [Fact]
    public void PeriodConversion_OpportunitiesToWon_DiffersFromWinRate()
    {
        MetricAssert.Value(Q1.Metrics, MetricKeys.Conversion(MetricKeys.Opportunities, MetricKeys.Won), 0.60m, 6, n: 5);
    }

    [Fact]
    public void OwnerWithoutClosedDeals_HasNullWinRateAndDealSize()
    {
        var o2 = Assert.Single(Q1.Slices, s => s.Value == "O2").Metrics;

        MetricAssert.Null(o2, MetricKeys.WinRate, MetricNullReason.ZeroDenominator, n: 0);
        MetricAssert.Null(o2, MetricKeys.AverageDealSize, MetricNullReason.ZeroDenominator, n: 0);
        MetricAssert.Value(o2, MetricKeys.Opportunities, 2, 0);
        var o1 = Assert.Single(Q1.Slices, s => s.Value == "O1").Metrics;
        MetricAssert.Value(o1, MetricKeys.WinRate, 0.75m, 6, n: 4);
    }

    [Fact]
    public void SignalToAction_MedianOfCompletedTouches_OpenOnesBreachButStayOut()
    {
        MetricAssert.Value(Q1.Metrics, MetricKeys.SignalToActionMinutes, 575m, 6, n: 2);
        MetricAssert.Value(Q1.Metrics, MetricKeys.SlaBreaches, 2, 0, n: 3); // K2 late, K3 untouched for 11 d 13 h
    }

    [Fact]
    public void Options_ConvertTheEuroDealAtTheFixedRate() =>
        Assert.Equal(11_000m, WorkedExample.Options().ToHome(10_000m, "EUR"));
}
