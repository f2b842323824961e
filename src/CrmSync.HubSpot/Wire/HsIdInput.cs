namespace CrmSync.HubSpot.Wire;

internal sealed class HsIdInput
{
    public required string Id { get; init; }
}
