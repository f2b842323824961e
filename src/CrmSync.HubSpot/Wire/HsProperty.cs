namespace CrmSync.HubSpot.Wire;

internal sealed class HsProperty
{
    public string Name { get; init; } = "";
    public string? GroupName { get; init; }
    public string? Type { get; init; }
}
