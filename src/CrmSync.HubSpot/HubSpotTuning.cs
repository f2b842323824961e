namespace CrmSync.HubSpot;

/// <summary>
/// HubSpot's fixed windows and CrmSync's back-off constants. Production uses the defaults; tests shrink them so
/// no test sleeps for a real rate-limit window.
/// </summary>
internal sealed record HubSpotTuning
{
    /// <summary>HubSpot's rolling burst window.</summary>
    public TimeSpan BurstWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>HubSpot's search window (5 requests per second).</summary>
    public TimeSpan SearchWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Added to every window so a permit frees only after the server's window has surely rolled.</summary>
    public TimeSpan WindowPad { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Added to a server-sent Retry-After (retries can fire a few ms early, dotnet/extensions#7001).</summary>
    public TimeSpan RetryAfterPad { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest wait accepted from Retry-After or back-off.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Search 429 ("secondly") without Retry-After: the first delay, doubling with each retry (with jitter).</summary>
    public TimeSpan SecondlyRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Retries of a search answered 429 "secondly" (other apps share the account's search budget), whatever
    /// MaxRetryAttempts says; with the doubling delay capped at MaxRetryDelay, about 15 minutes of waiting.
    /// </summary>
    public int SearchRateLimitedRetries { get; init; } = 20;

    /// <summary>How long a daily remaining at or under the reserve stops calls before one call checks it again.</summary>
    public TimeSpan DailyBudgetRecheck { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>First delay of the exponential back-off for 5xx, 408 and timeouts.</summary>
    public TimeSpan ServerErrorBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>HubSpot asks for at least 2 s after a 423 Locked.</summary>
    public TimeSpan LockedRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Retries of a logical call whose 200 body was malformed or whose request never got a response.</summary>
    public int BodyFaultRetries { get; init; } = 2;

    public TimeSpan BodyFaultDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>HttpClient instances (not handlers) are rebuilt this often so pooled handlers rotate.</summary>
    public TimeSpan ClientRefreshInterval { get; init; } = TimeSpan.FromMinutes(2);

    public int ListPageSize { get; init; } = 100;

    /// <summary>The list endpoint caps pages lower when property history is requested.</summary>
    public int ListPageSizeWithHistory { get; init; } = 50;

    public int SearchPageSize { get; init; } = 200;

    public int BatchSize { get; init; } = 100;

    /// <summary>batch/read with propertiesWithHistory is reportedly capped at 50 inputs.</summary>
    public int HistoryBatchSize { get; init; } = 50;
}
