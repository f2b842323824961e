using CrmSync.Core.Metrics;
using static CrmSync.Core.Tests.Metrics.EdgeCaseTests;

namespace CrmSync.Core.Tests.Metrics;

/// <summary>
/// Δt between the contact volumes and along the lifecycle (issue 9: "Δt between stages (median, p75, p90)"), by hand.
/// K1: lead day 1, MQL day 5, SQL day 11, opportunity day 20, customer day 31. K2: lead day 2, SQL day 8 (skips MQL:
/// implied at day 8). K3: created day 3, MQL day 30 with no lead entry (lead implied at day 30). All in January 2025.
/// </summary>
public class LifecycleGapTests
{
    [Fact]
    public void BetweenConsecutiveContactVolumes_MedianP75P90OverTheRecordsEnteringTheLaterOne()
    {
        var metrics = Engine(Contacts(), Day(60)).Compute(Month()).Metrics;

        // Leads (created) → Mqls: K1 5 − 1 = 4, K2 8 − 2 = 6 (implied MQL), K3 30 − 3 = 27.
        MetricAssert.Value(metrics, "dt.Leads.Mqls", 6m, 6, n: 3);
        MetricAssert.Value(metrics, "dt.Leads.Mqls.p75", 16.5m, 6, n: 3); // 6 + 0.5 × (27 − 6)
        MetricAssert.Value(metrics, "dt.Leads.Mqls.p90", 22.8m, 6, n: 3); // 6 + 0.8 × 21
        // Mqls → Sqls: K1 11 − 5 = 6, K2 8 − 8 = 0.
        MetricAssert.Value(metrics, "dt.Mqls.Sqls", 3m, 6, n: 2);
        // Sqls → Opportunities (deals created): different records, no Δt.
        Assert.False(metrics.Contains("dt.Sqls.Opportunities"));
    }

    [Fact]
    public void AlongTheLifecycle_LeadToCustomer_WithImpliedEntriesAtZero()
    {
        var metrics = Engine(Contacts(), Day(60)).Compute(Month()).Metrics;

        // lead → MQL: K1 4, K2 6, K3 0 (its lead entry is implied by the MQL entry).
        MetricAssert.Value(metrics, MetricKeys.LifecycleGap(LifecycleStages.Lead, LifecycleStages.MarketingQualifiedLead), 4m, 6, n: 3);
        MetricAssert.Value(metrics, MetricKeys.LifecycleGap(LifecycleStages.SalesQualifiedLead, LifecycleStages.Opportunity), 9m, 6, n: 1);
        // K1 became a customer on day 31, still January.
        MetricAssert.Value(metrics, MetricKeys.LifecycleGap(LifecycleStages.Opportunity, LifecycleStages.Customer), 11m, 6, n: 1);
        MetricAssert.Value(metrics, MetricKeys.LifecycleGap(LifecycleStages.Opportunity, LifecycleStages.Customer, "p90"), 11m, 6, n: 1);
    }

    [Fact]
    public void NobodyEnteringTheLaterStage_IsZeroDenominatorNotZeroDays()
    {
        var metrics = Engine(Contacts(), Day(60)).Compute(MetricsPeriod.Parse("2025-02")).Metrics;

        MetricAssert.Null(metrics, MetricKeys.LifecycleGap(LifecycleStages.Lead, LifecycleStages.MarketingQualifiedLead), MetricNullReason.ZeroDenominator, n: 0);
        MetricAssert.Null(metrics, "dt.Leads.Mqls", MetricNullReason.ZeroDenominator, n: 0);
    }

    [Fact]
    public void AsOfBeforeTheLaterEntry_ItIsNotCountedYet()
    {
        // As of day 10, K1's SQL (day 11) has not happened: only K2's implied-MQL SQL counts.
        var metrics = Engine(Contacts(), Day(10)).Compute(Month()).Metrics;

        MetricAssert.Value(metrics, "dt.Mqls.Sqls", 0m, 6, n: 1);
    }

    private static Core.Metrics.Input.MetricsInputBuilder Contacts()
    {
        var b = Pipeline();
        b.AddContact("K1", Day(1), "O", null);
        b.AddLifecycleEntry("K1", LifecycleStages.Lead, Day(1));
        b.AddLifecycleEntry("K1", LifecycleStages.MarketingQualifiedLead, Day(5));
        b.AddLifecycleEntry("K1", LifecycleStages.SalesQualifiedLead, Day(11));
        b.AddLifecycleEntry("K1", LifecycleStages.Opportunity, Day(20));
        b.AddLifecycleEntry("K1", LifecycleStages.Customer, Day(31));
        b.AddContact("K2", Day(2), "O", null);
        b.AddLifecycleEntry("K2", LifecycleStages.Lead, Day(2));
        b.AddLifecycleEntry("K2", LifecycleStages.SalesQualifiedLead, Day(8));
        b.AddContact("K3", Day(3), "O", null);
        b.AddLifecycleEntry("K3", LifecycleStages.MarketingQualifiedLead, Day(30));
        return b;
    }
}
