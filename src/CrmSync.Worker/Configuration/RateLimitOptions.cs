namespace CrmSync.Worker.Configuration;

/// <summary>The portal's API budget; CrmSync paces itself under it.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests per rolling 10 seconds (HubSpot Professional/Enterprise private apps: 190; Free/Starter: 100).</summary>
    public int BurstPer10Seconds { get; set; } = 190;

    /// <summary>Search requests per second (HubSpot: 5).</summary>
    public int SearchPerSecond { get; set; } = 5;

    /// <summary>Share of the burst budget CrmSync may use, leaving the rest to other integrations.</summary>
    public double Utilisation { get; set; } = 0.95;
}
