namespace CrmSync.HubSpot.Wire;

internal sealed class HsNextPage
{
    /// <summary>Opaque cursor; for search it is in practice a numeric offset.</summary>
    public string? After { get; init; }
    public string? Link { get; init; }
}
