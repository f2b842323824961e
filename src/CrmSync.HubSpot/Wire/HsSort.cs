namespace CrmSync.HubSpot.Wire;

internal sealed class HsSort
{
    public required string PropertyName { get; init; }
    public required string Direction { get; init; }
}
