namespace CrmSync.HubSpot.Wire;

internal sealed class HsAssociationSpec
{
    public required HsIdInput To { get; init; }
    public required List<HsAssociationTypeSpec> Types { get; init; }
}
