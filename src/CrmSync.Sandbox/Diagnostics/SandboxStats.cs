namespace CrmSync.Sandbox;

/// <summary>Thread-safe request counters. Every request counts, including 401s and 429s.</summary>
public sealed class SandboxStats
{
    private readonly Dictionary<string, long> byRoute = new(StringComparer.Ordinal);
    private readonly Lock sync = new();
    private long total;
    private long rateLimited;
    private long serverErrors;
    private long malformed;

    public long TotalRequests => Interlocked.Read(ref total);

    /// <summary>Requests answered 429 (burst, search or daily).</summary>
    public long RateLimitedCount => Interlocked.Read(ref rateLimited);

    /// <summary>Requests answered with a 5xx status.</summary>
    public long ServerErrorCount => Interlocked.Read(ref serverErrors);

    /// <summary>Requests answered 200 with a deliberately truncated body.</summary>
    public long MalformedCount => Interlocked.Read(ref malformed);

    /// <summary>Snapshot of counts per route key ("GET /crm/v3/objects/{type}").</summary>
    public IReadOnlyDictionary<string, long> RequestsByRoute
    {
        get
        {
            lock (sync)
            {
                return new Dictionary<string, long>(byRoute, StringComparer.Ordinal);
            }
        }
    }

    public long CountFor(string routeKey)
    {
        lock (sync)
        {
            return byRoute.GetValueOrDefault(routeKey);
        }
    }

    internal void Record(string routeKey, int status, bool truncated)
    {
        Interlocked.Increment(ref total);
        if (status == 429)
        {
            Interlocked.Increment(ref rateLimited);
        }
        else if (status >= 500)
        {
            Interlocked.Increment(ref serverErrors);
        }

        if (truncated)
        {
            Interlocked.Increment(ref malformed);
        }

        lock (sync)
        {
            byRoute[routeKey] = byRoute.GetValueOrDefault(routeKey) + 1;
        }
    }
}
