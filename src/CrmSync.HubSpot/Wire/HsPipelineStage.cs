namespace CrmSync.HubSpot.Wire;

internal sealed class HsPipelineStage
{
    public string Id { get; init; } = "";
    public string? Label { get; init; }
    public int DisplayOrder { get; init; }
    public bool Archived { get; init; }

    /// <summary>String map: <c>isClosed</c> ("true"/"false") and <c>probability</c> ("0.2") for deal stages.</summary>
    public Dictionary<string, string?>? Metadata { get; init; }
}
