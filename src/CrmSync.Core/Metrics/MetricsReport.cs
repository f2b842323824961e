namespace CrmSync.Core.Metrics;

/// <summary>
/// The metrics of one period as of one instant: the tenant's <see cref="Metrics"/>, the per-customer bridge, and, when
/// sliced, one <see cref="MetricsSlice"/> per value of <see cref="By"/> (deal and contact metrics; revenue, sessions
/// and spend are tenant-level).
/// </summary>
public sealed class MetricsReport(
    MetricsPeriod period,
    DateTime asOf,
    MetricSet metrics,
    Lazy<IReadOnlyList<CustomerMovement>> customers,
    string? by,
    IReadOnlyList<MetricsSlice> slices)
{
    public MetricsPeriod Period { get; } = period;

    public DateTime AsOf { get; } = asOf;

    public MetricSet Metrics { get; } = metrics;

    /// <summary>
    /// Each customer's bridge over the period (customers with any MRR at either end or any movement), built when first
    /// asked for: write-back needs it, a tenant report does not. Its identity was asserted when the metrics were computed.
    /// </summary>
    public IReadOnlyList<CustomerMovement> Customers => customers.Value;

    public string? By { get; } = by;

    public IReadOnlyList<MetricsSlice> Slices { get; } = slices;
}
