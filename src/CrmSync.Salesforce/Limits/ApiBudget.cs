using CrmSync.Core.Connectors;

namespace CrmSync.Salesforce.Limits;

/// <summary>
/// The org's rolling 24-hour API allocation as Salesforce last reported it (<c>Sforce-Limit-Info: api-usage=used/max</c>,
/// on every answer) and counted up locally for every request since. Once what is left is at or under
/// <c>Limits:DailyReserveShare</c> of the allocation, calls stop so the org's people and other integrations keep
/// the rest. The window rolls continuously: after <c>recheck</c> one call goes out again to read the header anew.
/// </summary>
internal sealed class ApiBudget(TimeProvider time, double reserveShare, TimeSpan recheck)
{
    private readonly Lock _gate = new();
    private long? _used;
    private long? _max;
    private long _observedAt;
    private DateTimeOffset _observedWhen;

    public double ReserveShare => reserveShare;

    /// <summary>One request is going out.</summary>
    public void Spend()
    {
        lock (_gate)
        {
            if (_used is { } used)
                _used = used + 1;
        }
    }

    public void Observe((long Used, long Max)? usage)
    {
        if (usage is not { } u)
            return;
        lock (_gate)
        {
            _used = u.Used;
            _max = u.Max;
            _observedAt = time.GetTimestamp();
            _observedWhen = time.GetUtcNow();
        }
    }

    /// <summary>What is left as last reported and counted since (for connector health), or null before any report.</summary>
    public ApiBudgetReading? Reading()
    {
        lock (_gate)
            return _used is { } used && _max is { } max ? new ApiBudgetReading(Math.Max(0, max - used), max, _observedWhen, "rolling 24 h") : null;
    }

    /// <summary>Salesforce answered 403 REQUEST_LIMIT_EXCEEDED for the daily allocation: nothing is left.</summary>
    public void Exhausted()
    {
        lock (_gate)
        {
            _used = _max ?? 1;
            _max ??= 1;
            _observedAt = time.GetTimestamp();
            _observedWhen = time.GetUtcNow();
        }
    }

    /// <summary>True when calls must stop: at most the reserve is left, as last seen less than <c>recheck</c> ago.</summary>
    public bool IsSpent(out long remaining, out long max)
    {
        lock (_gate)
        {
            max = _max ?? 0;
            remaining = _used is { } used && _max is { } m ? Math.Max(0, m - used) : long.MaxValue;
            if (_max is not { } allocation || remaining > (long)Math.Floor(allocation * reserveShare))
                return false;
            if (time.GetElapsedTime(_observedAt) < recheck)
                return true;

            // Long enough ago that the rolling window may have freed calls: let this one through; its answer tells.
            _observedAt = time.GetTimestamp();
            return false;
        }
    }
}
