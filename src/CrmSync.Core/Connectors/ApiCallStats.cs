namespace CrmSync.Core.Connectors;

/// <summary>Thread-safe counters a connector keeps of its API traffic; read for run summaries and metrics.</summary>
public sealed class ApiCallStats
{
    private long _calls;
    private long _rateLimited;
    private long _retries;

    public long Calls => Interlocked.Read(ref _calls);
    public long RateLimited => Interlocked.Read(ref _rateLimited);
    public long Retries => Interlocked.Read(ref _retries);

    public void RecordCall() => Interlocked.Increment(ref _calls);
    public void RecordRateLimited() => Interlocked.Increment(ref _rateLimited);
    public void RecordRetry() => Interlocked.Increment(ref _retries);

    public ApiCallSnapshot Snapshot() => new(Calls, RateLimited, Retries);
}
