namespace CrmSync.HubSpot.Wire;

internal sealed class HsAssociationBatchReadRequest
{
    public required List<HsAssociationBatchInput> Inputs { get; init; }
}
