namespace CrmSync.HubSpot.Wire;

/// <summary>Absent on the last page.</summary>
internal sealed class HsPaging
{
    public HsNextPage? Next { get; init; }
}
