namespace CrmSync.HubSpot.Wire;

internal sealed class HsUpdateInput
{
    public required string Id { get; init; }

    /// <summary>An empty string clears a property in HubSpot.</summary>
    public required Dictionary<string, string> Properties { get; init; }

    /// <summary>Echoed on the input's result, so a result answered under another id (a merge survivor's) maps back to it.</summary>
    public string? ObjectWriteTraceId { get; init; }
}
