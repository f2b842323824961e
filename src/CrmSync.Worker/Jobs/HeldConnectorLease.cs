using System.Globalization;
using CrmSync.Storage;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// A connector lease this process holds for one run. A heartbeat (a timer on the TimeProvider, every quarter of the
/// expiry) renews it; when a renewal finds it taken over, or the store cannot be reached before it would lapse,
/// <see cref="Lost"/> is cancelled so that the run stops writing instead of running beside another holder. Disposing
/// stops the heartbeat and releases the lease.
/// </summary>
public sealed partial class HeldConnectorLease : IAsyncDisposable
{
    private readonly IConnectorLeases _leases;
    private readonly TimeSpan _expiry;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost = new();
    private readonly ITimer _heartbeat;
    private readonly Lock _gate = new();
    private Task _renewal = Task.CompletedTask;
    private DateTimeOffset _expiresAt; // as of the last renewal; guarded by _gate
    private bool _disposed;
    private bool _beatWaiting; // a beat came while a renewal was still finishing; guarded by _gate

    internal HeldConnectorLease(IConnectorLeases leases, ConnectorLease lease, TimeSpan expiry, TimeProvider time, ILogger logger)
    {
        _leases = leases;
        _expiry = expiry;
        _time = time;
        _logger = logger;
        Lease = lease;
        _expiresAt = lease.ExpiresAt;
        Interval = expiry / 4;
        _heartbeat = time.CreateTimer(_ => Beat(), null, Interval, Interval);
    }

    /// <summary>The lease as acquired (its run id, holder and first expiry).</summary>
    public ConnectorLease Lease { get; }

    public long RunId => Lease.RunId;

    /// <summary>Time between renewals.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Cancelled when the lease is lost: the run must stop.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Why the lease was lost; null while it is held.</summary>
    public string? LostReason { get; private set; }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
        }

        await _heartbeat.DisposeAsync();
        await _renewal;
        try
        {
            // Only our own lease is deleted (by holder), so this is harmless after a takeover.
            await _leases.ReleaseLeaseAsync(Lease.Connector, Lease.Holder, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The lease lapses at its expiry anyway; the next run then takes it over.
            LogReleaseFailed(e, Lease.Connector, RunId);
        }

        _lost.Dispose();
    }

    private void Beat()
    {
        lock (_gate)
        {
            if (_disposed || _lost.IsCancellationRequested)
                return;
            // Off the timer's thread and outside the lock: SQLite's "async" calls block, up to its busy timeout.
            if (_renewal.IsCompleted)
                _renewal = Task.Run(RenewAsync);
            else if (LapsesBeforeNextBeat(_time.GetUtcNow()))
                MarkLost(Invariant($"a renewal has not answered and the lease expires at {_expiresAt:O}"));
            else
                _beatWaiting = true; // renewed again as soon as the one in flight ends, so a slow store costs no beat
        }
    }

    private async Task RenewAsync()
    {
        var now = _time.GetUtcNow();
        try
        {
            var renewed = await _leases.RenewLeaseAsync(Lease.Connector, Lease.Holder, now, now + _expiry, CancellationToken.None);
            lock (_gate)
            {
                if (renewed)
                    _expiresAt = now + _expiry;
                else
                    MarkLost(Invariant($"another process took it over after it expired at {_expiresAt:O}"));
            }
        }
        catch (Exception e)
        {
            LogRenewalFailed(e, Lease.Connector, RunId);
            lock (_gate)
            {
                if (LapsesBeforeNextBeat(now))
                    MarkLost(Invariant($"the store could not be reached to renew it before it expires at {_expiresAt:O}"));
            }
        }

        lock (_gate)
        {
            if (_beatWaiting && !_disposed && !_lost.IsCancellationRequested)
                _renewal = Task.Run(RenewAsync);
            _beatWaiting = false;
        }
    }

    // Giving up one beat early leaves the run time to stop before another process may take the lease over.
    private bool LapsesBeforeNextBeat(DateTimeOffset now) => now + Interval >= _expiresAt;

    private void MarkLost(string reason)
    {
        if (_lost.IsCancellationRequested)
            return;
        LostReason = reason;
        LogLost(Lease.Connector, RunId, reason);
        _lost.Cancel();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Connector}: run {RunId} lost its lease ({Reason}); stopping the run")]
    private partial void LogLost(string connector, long runId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Connector}: run {RunId} could not renew its lease; retrying on the next heartbeat")]
    private partial void LogRenewalFailed(Exception e, string connector, long runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Connector}: run {RunId} could not release its lease; it lapses at its expiry")]
    private partial void LogReleaseFailed(Exception e, string connector, long runId);
}
