namespace CrmSync.HubSpot.Wire;

internal sealed class HsPropertyCreate
{
    public required string Name { get; init; }
    public required string Label { get; init; }
    public required string Type { get; init; }
    public required string FieldType { get; init; }
    public required string GroupName { get; init; }
    public string Description { get; init; } = "";
}
