namespace CrmSync.HubSpot.Wire;

internal sealed class HsAssociationBatchResponse
{
    public string? Status { get; init; }
    public List<HsAssociationBatchResult> Results { get; init; } = [];
    public int? NumErrors { get; init; }
    public List<HsError>? Errors { get; init; }
}
