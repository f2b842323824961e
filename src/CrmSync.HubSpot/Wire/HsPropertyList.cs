namespace CrmSync.HubSpot.Wire;

/// <summary>The properties list has no paging.</summary>
internal sealed class HsPropertyList
{
    public List<HsProperty> Results { get; init; } = [];
}
