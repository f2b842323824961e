namespace CrmSync.HubSpot.Wire;

/// <summary>Filters inside one group are ANDed; groups are ORed.</summary>
internal sealed class HsFilterGroup
{
    public required List<HsFilter> Filters { get; init; }
}
