namespace CrmSync.HubSpot.Wire;

/// <summary>The associated ids of one type embedded in a list result (<c>associations=</c>).</summary>
internal sealed class HsAssociationCollection
{
    public List<HsAssociationRef> Results { get; init; } = [];

    /// <summary>Set when the record has more associations than the list response embeds.</summary>
    public HsPaging? Paging { get; init; }
}
