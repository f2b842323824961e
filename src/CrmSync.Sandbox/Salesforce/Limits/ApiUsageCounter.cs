namespace CrmSync.Sandbox.Salesforce.Limits;

/// <summary>
/// DailyApiRequests over a rolling 24 hours (salesforce-api.md §10.1), counted in one-minute buckets so a million
/// calls cost 1,440 counters. Thread-safe.
/// </summary>
internal sealed class ApiUsageCounter(long max)
{
    private const long MinuteMs = 60_000;
    private const int Minutes = 1_440;
    private readonly long[] buckets = new long[Minutes];
    private readonly long[] bucketMinute = new long[Minutes];
    private readonly Lock sync = new();

    public long Max => max;

    public long Used(long nowMs)
    {
        lock (sync)
        {
            return Sum(nowMs / MinuteMs);
        }
    }

    /// <summary>Counts the call unless the allocation is used up; returns false (and counts nothing) then.</summary>
    public bool TryAdmit(long nowMs, out long used)
    {
        lock (sync)
        {
            var minute = nowMs / MinuteMs;
            used = Sum(minute);
            if (used >= max)
            {
                return false;
            }

            var slot = (int)(minute % Minutes);
            if (bucketMinute[slot] != minute)
            {
                bucketMinute[slot] = minute;
                buckets[slot] = 0;
            }

            buckets[slot]++;
            used++;
            return true;
        }
    }

    private long Sum(long minute)
    {
        long total = 0;
        for (var i = 0; i < Minutes; i++)
        {
            if (minute - bucketMinute[i] < Minutes)
            {
                total += buckets[i];
            }
        }

        return total;
    }
}
