namespace CrmSync.HubSpot.Wire;

internal sealed class HsAssociationBatchResult
{
    public HsAssociationRef? From { get; init; }
    public List<HsAssociationTarget> To { get; init; } = [];
    public HsPaging? Paging { get; init; }
}
