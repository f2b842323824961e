namespace CrmSync.HubSpot.Wire;

internal sealed class HsObjectPage
{
    public List<HsObject> Results { get; init; } = [];
    public HsPaging? Paging { get; init; }
}
