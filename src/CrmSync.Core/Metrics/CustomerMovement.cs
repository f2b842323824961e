namespace CrmSync.Core.Metrics;

/// <summary>
/// One customer's bridge over the period (the sum of its monthly movements) and its bucket comparing the period's
/// start and end (New: from 0; Churn: to 0; Upgrade/Downgrade: up or down; Unchanged).
/// </summary>
public sealed record CustomerMovement(string CustomerId, BridgeTotals Bridge, RevenueBucket Bucket);
