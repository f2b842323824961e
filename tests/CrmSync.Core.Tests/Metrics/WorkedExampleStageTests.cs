using CrmSync.Core.Metrics;

namespace CrmSync.Core.Tests.Metrics;

/// <summary>metrics.md §11.5, stage conversion (period and cohort basis) and time in stage.</summary>
public class WorkedExampleStageTests
{
    private static readonly MetricsPeriod Q1 = MetricsPeriod.Parse("2025-Q1");

    [Theory]
    [InlineData("discovery", "qualification", "1.00", 5)]
    [InlineData("qualification", "proposal", "0.80", 5)]
    [InlineData("proposal", "negotiation", "0.75", 4)]
    [InlineData("negotiation", "closedwon", "1.00", 3)]
    public void PeriodBasis_FirstEntriesDatedInTheQuarter(string from, string to, string expected, int n)
    {
        var metrics = WorkedExample.Engine().Compute(Q1).Metrics;

        MetricAssert.Value(metrics, MetricKeys.Conversion(from, to), decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), 6, n);
    }

    [Theory]
    [InlineData("discovery", "qualification", "1.00", 5)]
    [InlineData("qualification", "proposal", "1.00", 4)] // D5's March cohort is not mature
    [InlineData("proposal", "negotiation", "0.50", 4)]
    [InlineData("negotiation", "closedwon", "0.666667", 3)] // D6 took 59 days > W
    public void CohortBasis_MatureMonthlyCohortsOnly(string from, string to, string expected, int n)
    {
        var metrics = WorkedExample.Engine().Compute(Q1).Metrics;

        MetricAssert.Value(metrics, MetricKeys.CohortConversion(from, to), decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), 6, n);
    }

    [Fact]
    public void CohortBasis_MarchAlone_IsNotMature()
    {
        var march = WorkedExample.Engine().Compute(MetricsPeriod.Parse("2025-03")).Metrics;

        MetricAssert.Null(march, MetricKeys.CohortConversion("qualification", "proposal"), MetricNullReason.NotMature);
    }

    [Theory]
    [InlineData("discovery", 3)]
    [InlineData("qualification", 2)] // D3's implied visit is excluded
    [InlineData("proposal", 3)]
    [InlineData("negotiation", 3)]
    public void TimeInStage_BelowTenObservations_IsInsufficientSample(string stage, int n)
    {
        var metrics = WorkedExample.Engine().Compute(Q1).Metrics;

        MetricAssert.Null(metrics, MetricKeys.TimeInStage(stage), MetricNullReason.InsufficientSample, n);
    }

    [Theory]
    [InlineData("discovery", null, "7")]
    [InlineData("qualification", null, "10.5")]
    [InlineData("proposal", null, "14")]
    [InlineData("proposal", "p75", "17.5")]
    [InlineData("negotiation", null, "21")]
    public void TimeInStage_WonDealsThatExited_MedianAndPercentileInc(string stage, string? percentile, string days)
    {
        var options = WorkedExample.Options(minSampleForBenchmarks: 1);
        var metrics = WorkedExample.Engine(options).Compute(Q1).Metrics;

        MetricAssert.Value(metrics, MetricKeys.TimeInStage(stage, percentile), decimal.Parse(days, System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public void StageGap_ImpliedEntryCountsWithZeroDays()
    {
        // qualification → proposal, first entries in Q1: D1 14, D2 21, D3 0 (implied), D4 14 days.
        var metrics = WorkedExample.Engine().Compute(Q1).Metrics;

        MetricAssert.Value(metrics, MetricKeys.StageGap("qualification", "proposal"), 14m, 6, n: 4);
    }
}
