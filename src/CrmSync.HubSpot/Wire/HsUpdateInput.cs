namespace CrmSync.HubSpot.Wire;

internal sealed class HsUpdateInput
{
    public required string Id { get; init; }

    /// <summary>An empty string clears a property in HubSpot.</summary>
    public required Dictionary<string, string> Properties { get; init; }
}
