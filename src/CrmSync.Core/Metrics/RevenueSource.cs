namespace CrmSync.Core.Metrics;

/// <summary>
/// Where a connector's monthly recurring revenue comes from (metrics.md §2.1), per connector under
/// <c>CrmSync:Connectors:{name}:Metrics:RevenueSource</c>. The deal sources turn won deals into an MRR series per company
/// (the deal's associated company): live from the deal's close date for <see cref="MetricsOptions.ContractMonths"/>;
/// <see cref="CompanyProperty"/> reads it from the companies themselves.
/// </summary>
public enum RevenueSource
{
    /// <summary>The deal's own monthly recurring amount (HubSpot computes it from recurring line items; each connector maps its own field).</summary>
    RecurringAmount,

    /// <summary>The deal amount spread evenly over the contract as MRR (amount / <see cref="MetricsOptions.ContractMonths"/>).</summary>
    ContractAmount,

    /// <summary>
    /// A company property holding the company's MRR, with its value history (the connector's settings name it, e.g. the
    /// HubSpot connector's <c>CompanyRevenueProperty</c>): the MRR at a month end is the value it had then.
    /// </summary>
    CompanyProperty,

    /// <summary>No revenue: the right side of the bowtie (Starting … Ending, NRR) is MissingInput.</summary>
    None,
}
