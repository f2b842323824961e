using CrmSync.Core.Connectors;

namespace CrmSync.HubSpot.RateLimiting;

/// <summary>
/// What is left of the portal's daily budget, as HubSpot last reported it (X-HubSpot-RateLimit-Daily-Remaining, sent
/// to private apps on non-search answers) and counted down locally for every request since. Once it is at or below
/// the reserve, calls stop, so the portal's other apps and people keep the rest of the day. The budget resets at
/// midnight in the portal's time zone, which CrmSync does not know: after <c>recheck</c> one call goes out again to
/// read the header anew.
/// </summary>
internal sealed class DailyBudget(TimeProvider time, long reserve, TimeSpan recheck)
{
    private readonly Lock _gate = new();
    private long? _remaining;
    private long? _limit;
    private long _observedAt;
    private DateTimeOffset _observedWhen;

    public long Reserve => reserve;

    /// <summary>One request is going out.</summary>
    public void Spend()
    {
        lock (_gate)
        {
            if (_remaining is { } left)
                _remaining = left - 1;
        }
    }

    /// <summary>The daily headers of an answer; absent headers (search, OAuth apps, failures) change nothing.</summary>
    public void Observe(long? limit, long? remaining)
    {
        if (remaining is not { } left)
            return;
        lock (_gate)
        {
            _remaining = left;
            _limit = limit ?? _limit;
            _observedAt = time.GetTimestamp();
            _observedWhen = time.GetUtcNow();
        }
    }

    /// <summary>What is left as last reported and counted down since (for connector health), or null before any report.</summary>
    public ApiBudgetReading? Reading()
    {
        lock (_gate)
            return _remaining is { } left ? new ApiBudgetReading(Math.Max(0, left), _limit, _observedWhen, "daily") : null;
    }

    /// <summary>HubSpot answered 429 DAILY: nothing is left.</summary>
    public void Exhausted() => Observe(null, 0);

    /// <summary>True when calls must stop: the budget is at or below the reserve, as last seen less than <c>recheck</c> ago.</summary>
    public bool IsSpent(out long remaining, out long? limit)
    {
        lock (_gate)
        {
            remaining = _remaining is { } known ? Math.Max(0, known) : long.MaxValue;
            limit = _limit;
            if (_remaining is not { } left || left > reserve)
                return false;
            if (time.GetElapsedTime(_observedAt) < recheck)
                return true;

            // Long enough ago that the day may have turned: let this call through; its answer tells.
            _observedAt = time.GetTimestamp();
            return false;
        }
    }
}
