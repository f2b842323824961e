namespace CrmSync.Sandbox.Salesforce.Limits;

/// <summary>
/// The concurrent long-running request limit (salesforce-api.md §10.3): while LongRequestLimit requests have been
/// running for LongRequestThreshold or more, a new request is refused with 403. Short requests never count. Thread-safe.
/// </summary>
internal sealed class LongRequestGate(SalesforceOrgOptions options)
{
    private readonly Dictionary<long, long> inFlight = [];
    private readonly Lock sync = new();
    private long next;

    /// <summary>Requests currently running (tests wait for slow ones to be in flight).</summary>
    public int InFlight
    {
        get
        {
            lock (sync)
            {
                return inFlight.Count;
            }
        }
    }

    /// <summary>Registers a request; returns its ticket, or null when too many long requests are running.</summary>
    public long? TryEnter(long nowMs)
    {
        lock (sync)
        {
            var threshold = (long)options.LongRequestThreshold.TotalMilliseconds;
            if (inFlight.Values.Count(started => nowMs - started >= threshold) >= options.LongRequestLimit)
            {
                return null;
            }

            inFlight[++next] = nowMs;
            return next;
        }
    }

    public void Exit(long ticket)
    {
        lock (sync)
        {
            inFlight.Remove(ticket);
        }
    }
}
