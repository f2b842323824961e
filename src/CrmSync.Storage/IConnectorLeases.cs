namespace CrmSync.Storage;

/// <summary>
/// One run per connector at a time, for every process that opens the store (replicas on PostgreSQL, several CLI
/// processes on one SQLite file): a lease row per connector naming its holder, the run it protects and when it
/// expires. The holder renews it on a heartbeat; a lease whose holder died is taken over once it has expired, and
/// the run it protected is marked <see cref="RunStatus.Abandoned"/>. Times come from the caller's clock.
/// </summary>
public interface IConnectorLeases
{
    /// <summary>
    /// In one transaction: when the connector's lease is free or expired, records <see cref="LeaseRequest.Run"/> as
    /// <see cref="RunStatus.Running"/>, takes the lease for it and marks the run of an expired lease
    /// <see cref="RunStatus.Abandoned"/>; when another holder's lease is live, records the run as
    /// <see cref="RunStatus.Skipped"/> naming the run that holds it. Either way the run is in run history.
    /// </summary>
    Task<LeaseAcquisition> TryAcquireLeaseAsync(LeaseRequest request, CancellationToken cancellationToken);

    /// <summary>Moves the expiry of the lease on; false when <paramref name="holder"/> no longer holds it (taken over or released).</summary>
    Task<bool> RenewLeaseAsync(string connector, string holder, DateTimeOffset renewedAt, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Frees the connector; false when <paramref name="holder"/> no longer held the lease.</summary>
    Task<bool> ReleaseLeaseAsync(string connector, string holder, CancellationToken cancellationToken);

    /// <summary>The connector's lease row, live or expired; null when none is held.</summary>
    Task<ConnectorLease?> GetLeaseAsync(string connector, CancellationToken cancellationToken);
}
