namespace CrmSync.HubSpot.Wire;

internal sealed class HsOwnerPage
{
    public List<HsOwner> Results { get; init; } = [];
    public HsPaging? Paging { get; init; }
}
