namespace CrmSync.HubSpot.Wire;

/// <summary>HubSpot lists both members as required; send an empty association list when there is none.</summary>
internal sealed class HsObjectCreate
{
    public required Dictionary<string, string> Properties { get; init; }
    public required List<HsAssociationSpec> Associations { get; init; }
}
