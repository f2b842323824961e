namespace CrmSync.Core.Metrics;

/// <summary>Which revenue the right side measures (metrics.md §1.4).</summary>
public enum BusinessModel
{
    /// <summary>V7–V13 on monthly recurring revenue (the revenue series is live MRR per customer).</summary>
    Subscription,

    /// <summary>No recurring bridge: the revenue series is revenue collected per month (<c>revenueCollected</c>).</summary>
    OneTime,

    /// <summary>V7–V13 on trailing usage revenue (the average of the last <c>UsageSmoothingMonths</c> months).</summary>
    Consumption,
}
