namespace CrmSync.Sandbox.Search;

/// <param name="Groups">ORed groups of ANDed filters.</param>
/// <param name="CacheKey">Filters, sort and query as sent: equal keys on an unchanged table give equal matches.</param>
internal sealed record SearchRequest(
    IReadOnlyList<IReadOnlyList<CompiledFilter>> Groups,
    string? SortProperty,
    bool Descending,
    IReadOnlyList<string> Properties,
    int Limit,
    int Offset,
    string? Query,
    string CacheKey);
