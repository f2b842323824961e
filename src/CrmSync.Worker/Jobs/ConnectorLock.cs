using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Keeps two runs of one connector from overlapping, across processes and replicas: a lease row in the record store
/// (not in Hangfire's storage, so CLI runs, in-memory Hangfire and replicas all honour it), renewed while the run lasts.
/// A trigger that finds the connector busy is recorded as skipped; a lease whose holder died is taken over once it has
/// expired, and the dead run is marked abandoned.
/// </summary>
public sealed partial class ConnectorLock(
    IConnectorLeases leases, IOptions<CrmSyncOptions> options, TimeProvider time, ILogger<ConnectorLock> logger)
{
    /// <summary>Records the run and takes the connector's lease for it; dispose the result when the run is over.</summary>
    /// <exception cref="ConnectorBusyException">Another run holds the lease; this one was recorded as skipped.</exception>
    public async Task<HeldConnectorLease> StartRunAsync(RunStart run, CancellationToken cancellationToken)
    {
        var expiry = options.Value.LeaseExpiry;
        var request = new LeaseRequest(run, NewHolder(), run.StartedAt + expiry);
        var acquisition = await leases.TryAcquireLeaseAsync(request, cancellationToken);
        if (!acquisition.Acquired)
            throw new ConnectorBusyException(acquisition.RunId, acquisition.Lease);
        if (acquisition.AbandonedRunId is { } abandoned)
            LogTookOver(run.Connector, abandoned, acquisition.RunId);
        return new HeldConnectorLease(leases, acquisition.Lease, expiry, time, logger);
    }

    /// <summary>Host and process say who holds a lease; the token tells apart two jobs of one process.</summary>
    private static string NewHolder() => $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..12]}";

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Connector {Connector}: run {AbandonedRunId} stopped renewing its lease (its process died?); run {RunId} took the lease over and marked it Abandoned")]
    private partial void LogTookOver(string connector, long abandonedRunId, long runId);
}
