namespace CrmSync.Core.Metrics;

/// <summary>A customer's MRR movement between two month ends (metrics.md §2.1).</summary>
public enum RevenueBucket
{
    Unchanged,
    New,
    Upgrade,
    Downgrade,
    Churn,
}
