namespace CrmSync.HubSpot.Wire;

internal sealed class HsSearchPage
{
    public long Total { get; init; }
    public List<HsObject> Results { get; init; } = [];
    public HsPaging? Paging { get; init; }
}
