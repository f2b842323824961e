namespace CrmSync.HubSpot.Wire;

internal sealed class HsAssociationLabelList
{
    public List<HsAssociationLabel> Results { get; init; } = [];
}
