using CrmSync.Storage.Rows;
using Npgsql;

namespace CrmSync.Storage.Postgres;

/// <summary>
/// Connector leases: an acquisition is one transaction serialised per connector by an advisory lock, with the lease
/// row locked so that a renewal racing a takeover waits for it (and then finds the lease lost).
/// </summary>
public sealed partial class PostgresRecordStore : IConnectorLeases
{
    public async Task<LeaseAcquisition> TryAcquireLeaseAsync(LeaseRequest request, CancellationToken cancellationToken)
    {
        LeaseArguments.Require(request);
        var run = request.Run;
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two first acquisitions of a connector both find no row to lock: the advisory lock queues them instead.
        await using (var serialise = Command(connection, "SELECT pg_advisory_xact_lock(hashtextextended('crmsync.lease:' || @connector, 0));"))
        {
            serialise.Parameters.AddWithValue("connector", run.Connector);
            await serialise.ExecuteNonQueryAsync(cancellationToken);
        }

        var current = await ReadLeaseAsync(connection, run.Connector, forUpdate: true, cancellationToken);
        if (current is not null && !current.IsExpiredAt(run.StartedAt))
        {
            var skipped = await InsertRunAsync(connection, run, RunStatus.Skipped, LeaseRunMessages.Skipped(current), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new LeaseAcquisition(false, skipped, current);
        }

        var runId = await InsertRunAsync(connection, run, RunStatus.Running, null, cancellationToken);
        var lease = new ConnectorLease(run.Connector, request.Holder, runId, run.StartedAt, run.StartedAt, request.ExpiresAt);
        await using (var upsert = Command(connection, """
            INSERT INTO crmsync.connector_leases (connector, holder, run_id, acquired_at, renewed_at, expires_at)
            VALUES (@connector, @holder, @run_id, @acquired_at, @acquired_at, @expires_at)
            ON CONFLICT (connector) DO UPDATE SET holder = excluded.holder, run_id = excluded.run_id,
                acquired_at = excluded.acquired_at, renewed_at = excluded.renewed_at, expires_at = excluded.expires_at;
            """))
        {
            upsert.Parameters.AddWithValue("connector", lease.Connector);
            upsert.Parameters.AddWithValue("holder", lease.Holder);
            upsert.Parameters.AddWithValue("run_id", lease.RunId);
            upsert.Parameters.AddWithValue("acquired_at", Utc(lease.AcquiredAt));
            upsert.Parameters.AddWithValue("expires_at", Utc(lease.ExpiresAt));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        var abandoned = current is null ? null : await AbandonRunAsync(connection, current, lease, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new LeaseAcquisition(true, runId, lease, abandoned);
    }

    public async Task<bool> RenewLeaseAsync(
        string connector, string holder, DateTimeOffset renewedAt, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        LeaseArguments.RequireHolder(connector, holder);
        await using var command = _dataSource.CreateCommand("""
            UPDATE crmsync.connector_leases SET renewed_at = @renewed_at, expires_at = @expires_at
            WHERE connector = @connector AND holder = @holder;
            """);
        command.Parameters.AddWithValue("connector", connector);
        command.Parameters.AddWithValue("holder", holder);
        command.Parameters.AddWithValue("renewed_at", Utc(renewedAt));
        command.Parameters.AddWithValue("expires_at", Utc(expiresAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> ReleaseLeaseAsync(string connector, string holder, CancellationToken cancellationToken)
    {
        LeaseArguments.RequireHolder(connector, holder);
        await using var command = _dataSource.CreateCommand(
            "DELETE FROM crmsync.connector_leases WHERE connector = @connector AND holder = @holder;");
        command.Parameters.AddWithValue("connector", connector);
        command.Parameters.AddWithValue("holder", holder);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<ConnectorLease?> GetLeaseAsync(string connector, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKey(connector, nameof(connector));
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadLeaseAsync(connection, connector, forUpdate: false, cancellationToken);
    }

    private static async Task<ConnectorLease?> ReadLeaseAsync(
        NpgsqlConnection connection, string connector, bool forUpdate, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, $"""
            SELECT connector, holder, run_id, acquired_at, renewed_at, expires_at FROM crmsync.connector_leases
            WHERE connector = @connector {(forUpdate ? "FOR UPDATE" : "")};
            """);
        command.Parameters.AddWithValue("connector", connector);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await LeaseRows.ReadAsync(reader, ReadTimestamp, cancellationToken);
    }

    /// <returns>The expired lease's run when it was still running (its holder died), now abandoned.</returns>
    private static async Task<long?> AbandonRunAsync(
        NpgsqlConnection connection, ConnectorLease expired, ConnectorLease taker, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, """
            UPDATE crmsync.runs SET status = @abandoned, finished_at = @finished_at, message = @message
            WHERE id = @id AND status = @running;
            """);
        command.Parameters.AddWithValue("id", expired.RunId);
        command.Parameters.AddWithValue("abandoned", StatusText.ToText(RunStatus.Abandoned));
        command.Parameters.AddWithValue("running", StatusText.ToText(RunStatus.Running));
        command.Parameters.AddWithValue("finished_at", Utc(taker.AcquiredAt));
        command.Parameters.AddWithValue("message", LeaseRunMessages.Abandoned(expired, taker.RunId));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? expired.RunId : null;
    }
}
