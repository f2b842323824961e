namespace CrmSync.HubSpot.RateLimiting;

/// <summary>
/// A sliding log of permits in <see cref="TimeProvider"/> timestamp units. A permit counts from its grant until one
/// window after its request completed. The server counts a request from its arrival, which lies between our grant
/// and our response, so every request the server still counts is still in this log, whatever the latency or clock
/// offset: holding the log at or under the limit keeps the server's rolling count under it too. Not thread-safe.
/// </summary>
internal sealed class SlidingWindowLog(long windowTicks)
{
    private readonly PriorityQueue<long, long> _expiries = new();
    private int _inFlight;

    public int InFlight => _inFlight;

    /// <summary>How long a completed permit counts; a change applies to permits completed from then on.</summary>
    public long WindowTicks { get; set; } = windowTicks;

    public int Active(long now)
    {
        Purge(now);
        return _inFlight + _expiries.Count;
    }

    public void Grant() => _inFlight++;

    public void Complete(long now)
    {
        if (_inFlight > 0)
            _inFlight--;
        var expiry = now + WindowTicks;
        _expiries.Enqueue(expiry, expiry);
    }

    /// <summary>When the oldest completed permit frees; null when only in-flight permits are held.</summary>
    public long? EarliestExpiry(long now)
    {
        Purge(now);
        return _expiries.Count > 0 ? _expiries.Peek() : null;
    }

    private void Purge(long now)
    {
        while (_expiries.TryPeek(out _, out var expiry) && expiry <= now)
            _expiries.Dequeue();
    }
}
