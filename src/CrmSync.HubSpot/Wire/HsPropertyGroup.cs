namespace CrmSync.HubSpot.Wire;

internal sealed class HsPropertyGroup
{
    public required string Name { get; init; }
    public required string Label { get; init; }
    public int DisplayOrder { get; init; } = -1;
}
