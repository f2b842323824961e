namespace CrmSync.HubSpot.Wire;

internal sealed class HsPropertyGroupList
{
    public List<HsPropertyGroup> Results { get; init; } = [];
}
