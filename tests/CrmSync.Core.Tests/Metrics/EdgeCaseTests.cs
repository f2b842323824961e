using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Tests.Metrics;

/// <summary>metrics.md §0 edge cases: first entry wins, skipped stages, reopened deals, as-of time, null reasons.</summary>
public class EdgeCaseTests
{
    [Fact]
    public void FirstEntryWins_ReEntryAfterARegressionDoesNotCountAgain()
    {
        // March: D4 re-enters qualification (03-03) after a regression, D5 enters it for the first time (03-03).
        var march = WorkedExample.Engine().Compute(MetricsPeriod.Parse("2025-03")).Metrics;

        Assert.Equal(1, march[MetricKeys.Conversion("qualification", "proposal")].N);
        Assert.Equal(0, march[MetricKeys.Conversion("proposal", "negotiation")].N); // D4's proposal re-entry 03-10 neither
    }

    [Fact]
    public void SkippedStages_GetImpliedEntriesAtTheSameInstant()
    {
        var b = Pipeline();
        b.AddDeal("J", "p", "won", 100m, Day(2), Day(10), "O", null);
        b.AddStageEntry("J", "a", Day(2));
        b.AddStageEntry("J", "won", Day(10)); // skips b and c

        var metrics = Engine(b, Day(60)).Compute(Month()).Metrics;

        MetricAssert.Value(metrics, MetricKeys.Conversion("a", "b"), 1, 6, n: 1);
        MetricAssert.Value(metrics, MetricKeys.Conversion("b", "c"), 1, 6, n: 1);
        MetricAssert.Value(metrics, MetricKeys.StageGap("b", "c"), 0, 6, n: 1); // implied: Δt = 0
        MetricAssert.Value(metrics, MetricKeys.StageGap("a", "b"), 8, 6, n: 1);
        Assert.Equal(1, metrics[MetricKeys.TimeInStage("a")].N); // the real visit of a
        Assert.Equal(0, metrics[MetricKeys.TimeInStage("b")].N); // implied visits are no sample
    }

    [Fact]
    public void ReopenedDeal_CountsOnceByItsFinalOutcome_EarlierPeriodRecomputed()
    {
        var engine = WorkedExample.Engine();

        // D6 was lost on 2024-12-20, reopened on 2025-01-20, won on 2025-03-20: December has no closed deal.
        var december = engine.Compute(MetricsPeriod.Parse("2024-12")).Metrics;
        MetricAssert.Value(december, MetricKeys.Lost, 0, 0);
        MetricAssert.Null(december, MetricKeys.WinRate, MetricNullReason.ZeroDenominator);

        // As of 2025-01-01, before the reopen, December had the loss.
        var before = WorkedExample.Engine(asOf: WorkedExample.At("2025-01-01")).Compute(MetricsPeriod.Parse("2024-12")).Metrics;
        MetricAssert.Value(before, MetricKeys.Lost, 1, 0);
        MetricAssert.Value(before, MetricKeys.WinRate, 0, 6, n: 1);
    }

    [Fact]
    public void WonThenMovedToLost_IsLost()
    {
        var b = Pipeline();
        b.AddDeal("J", "p", "lost", 100m, Day(1), null, "O", null);
        b.AddStageEntry("J", "a", Day(1));
        b.AddStageEntry("J", "won", Day(5));
        b.AddStageEntry("J", "lost", Day(9));

        var metrics = Engine(b, Day(60)).Compute(Month()).Metrics;

        MetricAssert.Value(metrics, MetricKeys.Won, 0, 0);
        MetricAssert.Value(metrics, MetricKeys.Lost, 1, 0);
    }

    [Fact]
    public void AsOf_IgnoresLaterHistory_AndOpenDealsStayOutOfWinRate()
    {
        // As of 2025-03-01: D3 (won 03-12) and D6 (won 03-20) are still open, D2 (lost 03-05) too.
        var metrics = WorkedExample.Engine(asOf: WorkedExample.At("2025-03-01")).Compute(MetricsPeriod.Parse("2025-Q1")).Metrics;

        MetricAssert.Value(metrics, MetricKeys.Won, 1, 0);
        MetricAssert.Value(metrics, MetricKeys.WinRate, 1, 6, n: 1);
        MetricAssert.Value(metrics, MetricKeys.Opportunities, 5, 0);
    }

    [Fact]
    public void MinSampleForRatios_AboveTheSample_IsInsufficientSample()
    {
        var options = WorkedExample.Options();
        options.MinSampleForRatios = 5;

        var metrics = WorkedExample.Engine(options).Compute(MetricsPeriod.Parse("2025-Q1")).Metrics;

        MetricAssert.Null(metrics, MetricKeys.WinRate, MetricNullReason.InsufficientSample, n: 4);
        MetricAssert.Value(metrics, MetricKeys.Conversion(MetricKeys.Opportunities, MetricKeys.Won), 0.6m, 6, n: 5);
    }

    [Fact]
    public void MissingInputs_SessionsSpendMargin_AreNullNeverZero()
    {
        var options = WorkedExample.Options();
        options.Spend.Clear();
        options.GrossMargin = null;

        var metrics = WorkedExample.Engine(options).Compute(MetricsPeriod.Parse("2025-Q1")).Metrics;

        MetricAssert.Null(metrics, MetricKeys.Sessions, MetricNullReason.MissingInput);
        MetricAssert.Null(metrics, MetricKeys.Conversion(MetricKeys.Sessions, MetricKeys.Leads), MetricNullReason.MissingInput);
        MetricAssert.Null(metrics, MetricKeys.Cac, MetricNullReason.MissingInput, n: 3);
        MetricAssert.Null(metrics, MetricKeys.LtvToCac, MetricNullReason.MissingInput);
        MetricAssert.Null(metrics, MetricKeys.Ltv, MetricNullReason.MissingInput);
        MetricAssert.Value(metrics, MetricKeys.LtvRevenue, 9_250m, 2);
    }

    [Fact]
    public void NoActivitiesInTheInput_SignalLatencyIsMissingInput()
    {
        var b = Pipeline();
        b.AddContact("K", Day(1), "O", null);
        b.AddLifecycleEntry("K", LifecycleStages.MarketingQualifiedLead, Day(2));

        var metrics = Engine(b, Day(60)).Compute(Month()).Metrics;

        MetricAssert.Null(metrics, MetricKeys.SignalToActionMinutes, MetricNullReason.MissingInput);
        MetricAssert.Value(metrics, MetricKeys.Mqls, 1, 0);
        MetricAssert.Value(metrics, MetricKeys.Sqls, 0, 0);
    }

    internal static MetricsInputBuilder Pipeline()
    {
        var b = new MetricsInputBuilder();
        b.AddStage("p", "a", "A", 1, false, false);
        b.AddStage("p", "b", "B", 2, false, false);
        b.AddStage("p", "c", "C", 3, false, false);
        b.AddStage("p", "won", "Won", 4, true, true);
        b.AddStage("p", "lost", "Lost", 5, true, false);
        return b;
    }

    internal static MetricsEngine Engine(MetricsInputBuilder b, DateTime asOf, MetricsOptions? options = null) =>
        new(b.Build(), options ?? new MetricsOptions(), asOf);

    internal static DateTime Day(int day) => new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(day - 1);

    internal static MetricsPeriod Month() => MetricsPeriod.Parse("2025-01");
}
