namespace CrmSync.HubSpot.Wire;

/// <summary>The body of <c>PATCH /crm/v3/objects/{type}/{id}</c>.</summary>
internal sealed class HsObjectUpdate
{
    public required Dictionary<string, string> Properties { get; init; }
}
