namespace CrmSync.HubSpot.Wire;

/// <summary>One association type of a pair (v4 labels endpoint): HUBSPOT_DEFINED types have a fixed id, label null when unlabelled.</summary>
internal sealed class HsAssociationLabel
{
    public string? Category { get; init; }
    public int TypeId { get; init; }
    public string? Label { get; init; }
}
