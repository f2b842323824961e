namespace CrmSync.HubSpot;

/// <summary>One HubSpot portal: bound from <c>CrmSync:Connectors:{name}</c>, checked by <see cref="HubSpotConnectorOptionsValidator"/>.</summary>
public sealed class HubSpotConnectorOptions
{
    public string BaseUrl { get; set; } = "https://api.hubapi.com";

    /// <summary>Private-app token. Never logged and never put in an exception message.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Path of the objects family (list, search, batch); the date-versioned family also works, e.g. <c>/crm/objects/2026-03</c>.</summary>
    public string ObjectsPathPrefix { get; set; } = "/crm/v3/objects";

    /// <summary>The portal's burst budget per rolling 10 s (Professional/Enterprise 190, Free/Starter 100).</summary>
    public int BurstLimitPer10Seconds { get; set; } = 190;

    public int SearchLimitPerSecond { get; set; } = 5;

    /// <summary>Fraction of the burst budget CrmSync may use; the rest is left to other apps on the portal.</summary>
    public double BudgetUtilisation { get; set; } = 0.95;

    /// <summary>Overlap re-read by every incremental pull (clock skew, late commits, search-index lag).</summary>
    public TimeSpan Lookback { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>Delays and window sizes; internal so configuration cannot bind it and tests can shrink it.</summary>
    internal HubSpotTuning Tuning { get; set; } = new();
}
