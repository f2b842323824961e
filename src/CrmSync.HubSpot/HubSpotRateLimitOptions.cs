namespace CrmSync.HubSpot;

/// <summary>The connector's rate budget: bound from <c>CrmSync:Connectors:{name}:RateLimit</c>.</summary>
public sealed class HubSpotRateLimitOptions
{
    /// <summary>The portal's burst budget per rolling 10 s (Professional/Enterprise 190, Free/Starter 100).</summary>
    public int BurstPer10Seconds { get; set; } = 190;

    /// <summary>Search requests per second (HubSpot allows 5; search is outside the burst budget).</summary>
    public int SearchPerSecond { get; set; } = 5;

    /// <summary>Fraction of the burst budget CrmSync may use; the rest is left to other apps on the portal.</summary>
    public double Utilisation { get; set; } = 0.95;

    /// <summary>
    /// Requests of the portal's daily budget CrmSync leaves to other apps and people: a job stops (status
    /// BudgetExhausted) once HubSpot reports this many or fewer left (X-HubSpot-RateLimit-Daily-Remaining).
    /// </summary>
    public long DailyReserve { get; set; } = 10_000;

    /// <summary>A copy of every setting (MemberwiseClone), so a setting added later is never dropped.</summary>
    internal HubSpotRateLimitOptions Copy()
    {
        return (HubSpotRateLimitOptions)MemberwiseClone();
    }
}
