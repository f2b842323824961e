namespace CrmSync.HubSpot.RateLimiting;

internal enum RateBucket
{
    /// <summary>The per-portal rolling 10-second budget shared by every non-search call.</summary>
    Burst,

    /// <summary>The search endpoints' own per-second budget (search is exempt from the burst bucket).</summary>
    Search,
}
