namespace CrmSync.HubSpot.Wire;

internal sealed class HsBatchUpdateRequest
{
    public required List<HsUpdateInput> Inputs { get; init; }
}
