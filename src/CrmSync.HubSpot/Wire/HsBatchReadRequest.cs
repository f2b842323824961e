namespace CrmSync.HubSpot.Wire;

/// <summary>HubSpot requires both property lists in the body, so they are always sent (possibly empty).</summary>
internal sealed class HsBatchReadRequest
{
    public required List<HsIdInput> Inputs { get; init; }
    public required IReadOnlyList<string> Properties { get; init; }
    public required IReadOnlyList<string> PropertiesWithHistory { get; init; }
}
