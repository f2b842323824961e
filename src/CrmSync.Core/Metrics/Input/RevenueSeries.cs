namespace CrmSync.Core.Metrics.Input;

/// <summary>
/// Monthly recurring revenue per customer at each month end, home currency, dense over the months the input covers
/// (<see cref="FirstMonth"/> .. + <see cref="MonthCount"/>); a month a customer has no row for is 0. Months outside
/// the coverage are unknown, not 0.
/// </summary>
public sealed class RevenueSeries
{
    public required string[] CustomerIds { get; init; }

    /// <summary>Month index (year × 12 + month − 1) of the first month covered.</summary>
    public required int FirstMonth { get; init; }

    public required int MonthCount { get; init; }

    /// <summary>MRR at [customer × MonthCount + month].</summary>
    public required decimal[] Mrr { get; init; }

    /// <summary>
    /// Per [customer × MonthCount + month], the MRR of products that had none the month before (the cross-sell
    /// candidates); null when the input has no products.
    /// </summary>
    public decimal[]? NewProductMrr { get; init; }

    public int CustomerCount => CustomerIds.Length;

    public bool Covers(int monthIndex) => monthIndex >= FirstMonth && monthIndex < FirstMonth + MonthCount;

    public static RevenueSeries Empty { get; } = new() { CustomerIds = [], FirstMonth = 0, MonthCount = 0, Mrr = [] };
}
