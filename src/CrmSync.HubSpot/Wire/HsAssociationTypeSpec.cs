namespace CrmSync.HubSpot.Wire;

internal sealed class HsAssociationTypeSpec
{
    public string AssociationCategory { get; init; } = "HUBSPOT_DEFINED";
    public required int AssociationTypeId { get; init; }
}
