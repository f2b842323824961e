namespace CrmSync.HubSpot.RateLimiting;

/// <param name="BurstBudget">The portal's burst budget per window (what HubSpot enforces).</param>
/// <param name="Utilisation">Fraction of the budget CrmSync may use.</param>
/// <param name="SearchLimit">Search requests per search window.</param>
/// <param name="BurstWindow">HubSpot's burst window plus a pad.</param>
/// <param name="SearchWindow">HubSpot's search window plus a pad.</param>
/// <param name="WindowPad">The pad, added to an interval HubSpot reports in X-HubSpot-RateLimit-Interval-Milliseconds.</param>
internal sealed record RateLimiterSettings(
    int BurstBudget, double Utilisation, int SearchLimit, TimeSpan BurstWindow, TimeSpan SearchWindow, TimeSpan WindowPad = default)
{
    public int BurstLimit => UsableShare(BurstBudget);

    public int UsableShare(int budget) => Math.Max(1, (int)Math.Floor(budget * Utilisation));

    public static RateLimiterSettings From(HubSpotConnectorOptions options) => new(
        options.RateLimit.BurstPer10Seconds,
        options.RateLimit.Utilisation,
        options.RateLimit.SearchPerSecond,
        options.Tuning.BurstWindow + options.Tuning.WindowPad,
        options.Tuning.SearchWindow + options.Tuning.WindowPad,
        options.Tuning.WindowPad);
}
