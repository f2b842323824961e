namespace CrmSync.HubSpot.Wire;

internal sealed class HsSearchRequest
{
    public required List<HsFilterGroup> FilterGroups { get; init; }
    public required List<HsSort> Sorts { get; init; }
    public required IReadOnlyList<string> Properties { get; init; }
    public int Limit { get; init; }
    public string After { get; init; } = "0";
}
