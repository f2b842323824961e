namespace CrmSync.Salesforce;

/// <summary>Back-off constants and sizes. Production uses the defaults; tests shrink them so no test sleeps long.</summary>
internal sealed record SalesforceTuning
{
    /// <summary>First delay of the exponential back-off for 5xx, timeouts and dropped connections.</summary>
    public TimeSpan ServerErrorBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>First delay after a 403 ConcurrentPerOrgLongTxn (the org's long requests must finish first).</summary>
    public TimeSpan ConcurrencyBackoff { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>First delay before a record answered UNABLE_TO_LOCK_ROW is sent again (doubling).</summary>
    public TimeSpan LockRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a logical call whose 200 body was malformed or whose request got no response.</summary>
    public int BodyFaultRetries { get; init; } = 2;

    public TimeSpan BodyFaultDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a daily usage at or over the reserve stops calls before one call reads the header again.</summary>
    public TimeSpan DailyBudgetRecheck { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>A token is renewed this long before the assertion-less expiry it cannot see; Salesforce's answer has no expires_in.</summary>
    public TimeSpan JwtAssertionLifetime { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Records per sObject Collections call (Salesforce's maximum is 200).</summary>
    public int CollectionSize { get; init; } = 200;

    /// <summary>Longest query URL built from an id list; the rest goes to further queries (Salesforce's URI limit is about 16,000).</summary>
    public int MaxQueryUrlLength { get; init; } = 6_000;

    /// <summary>getDeleted reaches at most 15 days back; a window older than this is left to the full reconcile.</summary>
    public TimeSpan DeletedWindow { get; init; } = TimeSpan.FromDays(14);
}
