namespace CrmSync.Core.Metrics;

/// <summary>What counts as a new customer for CAC (metrics.md §5.4).</summary>
public enum NewCustomerBasis
{
    /// <summary>Deals whose final outcome is won, closed in the period.</summary>
    WonDeals,

    /// <summary>Customers classified New in the period's revenue bridge.</summary>
    BridgeNew,
}
