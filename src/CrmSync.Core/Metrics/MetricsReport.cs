namespace CrmSync.Core.Metrics;

/// <summary>
/// The metrics of one period as of one instant: the tenant's <see cref="Metrics"/>, the per-customer bridge, and, when
/// sliced, one <see cref="MetricsSlice"/> per value of <see cref="By"/> (deal and contact metrics; revenue, sessions
/// and spend are tenant-level).
/// </summary>
public sealed record MetricsReport(
    MetricsPeriod Period,
    DateTime AsOf,
    MetricSet Metrics,
    IReadOnlyList<CustomerMovement> Customers,
    string? By,
    IReadOnlyList<MetricsSlice> Slices);
