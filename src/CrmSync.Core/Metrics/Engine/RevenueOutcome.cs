namespace CrmSync.Core.Metrics.Engine;

/// <summary>What the unit economics and the report take from a period's revenue computation.</summary>
internal sealed record RevenueOutcome(BridgeTotals? Bridge, int NewCustomers, Lazy<IReadOnlyList<CustomerMovement>> Customers, MetricValue Arpa, MetricValue MonthlyChurn)
{
    public static RevenueOutcome None { get; } = new(null, 0, new([]), MetricValue.Null(MetricNullReason.MissingInput), MetricValue.Null(MetricNullReason.MissingInput));
}
