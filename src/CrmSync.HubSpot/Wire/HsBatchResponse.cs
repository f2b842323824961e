namespace CrmSync.HubSpot.Wire;

/// <summary>Batch result; a 207 adds <see cref="NumErrors"/> and <see cref="Errors"/>.</summary>
internal sealed class HsBatchResponse
{
    public string? Status { get; init; }
    public List<HsObject> Results { get; init; } = [];
    public int? NumErrors { get; init; }
    public List<HsError>? Errors { get; init; }
}
