namespace CrmSync.Storage;

/// <summary>The outcome of <see cref="IConnectorLeases.TryAcquireLeaseAsync"/>.</summary>
/// <param name="Acquired">True: the run holds the lease and is running. False: it was recorded as skipped.</param>
/// <param name="RunId">The run recorded for the request (running or skipped).</param>
/// <param name="Lease">The lease now in force: the request's own when acquired, else the other holder's.</param>
/// <param name="AbandonedRunId">The run of the expired lease that was taken over, marked abandoned.</param>
public sealed record LeaseAcquisition(bool Acquired, long RunId, ConnectorLease Lease, long? AbandonedRunId = null);
