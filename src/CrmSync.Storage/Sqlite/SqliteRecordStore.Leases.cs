using CrmSync.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace CrmSync.Storage.Sqlite;

/// <summary>
/// Connector leases: every lease call is one IMMEDIATE transaction, so processes sharing the file see one holder.
/// </summary>
public sealed partial class SqliteRecordStore : IConnectorLeases
{
    public async Task<LeaseAcquisition> TryAcquireLeaseAsync(LeaseRequest request, CancellationToken cancellationToken)
    {
        LeaseArguments.Require(request);
        var run = request.Run;
        await using var connection = await OpenAsync(cancellationToken);
        // IMMEDIATE takes the file's write lock now: the read below and the writes after it are one step for every process.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var current = await ReadLeaseAsync(connection, transaction, run.Connector, cancellationToken);
        if (current is not null && !current.IsExpiredAt(run.StartedAt))
        {
            var skipped = await InsertRunAsync(connection, transaction, run, RunStatus.Skipped, LeaseRunMessages.Skipped(current), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new LeaseAcquisition(false, skipped, current);
        }

        var runId = await InsertRunAsync(connection, transaction, run, RunStatus.Running, null, cancellationToken);
        var lease = new ConnectorLease(run.Connector, request.Holder, runId, run.StartedAt, run.StartedAt, request.ExpiresAt);
        await using (var upsert = Command(connection, transaction, """
            INSERT INTO connector_leases (connector, holder, run_id, acquired_at, renewed_at, expires_at)
            VALUES ($connector, $holder, $run_id, $acquired_at, $acquired_at, $expires_at)
            ON CONFLICT (connector) DO UPDATE SET holder = excluded.holder, run_id = excluded.run_id,
                acquired_at = excluded.acquired_at, renewed_at = excluded.renewed_at, expires_at = excluded.expires_at;
            """))
        {
            upsert.Parameters.AddWithValue("$connector", lease.Connector);
            upsert.Parameters.AddWithValue("$holder", lease.Holder);
            upsert.Parameters.AddWithValue("$run_id", lease.RunId);
            upsert.Parameters.AddWithValue("$acquired_at", SqliteTimestamp.ToText(lease.AcquiredAt));
            upsert.Parameters.AddWithValue("$expires_at", SqliteTimestamp.ToText(lease.ExpiresAt));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        var abandoned = current is null ? null : await AbandonRunAsync(connection, transaction, current, lease, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new LeaseAcquisition(true, runId, lease, abandoned);
    }

    public async Task<bool> RenewLeaseAsync(
        string connector, string holder, DateTimeOffset renewedAt, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        LeaseArguments.RequireHolder(connector, holder);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            UPDATE connector_leases SET renewed_at = $renewed_at, expires_at = $expires_at
            WHERE connector = $connector AND holder = $holder;
            """);
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$holder", holder);
        command.Parameters.AddWithValue("$renewed_at", SqliteTimestamp.ToText(renewedAt));
        command.Parameters.AddWithValue("$expires_at", SqliteTimestamp.ToText(expiresAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> ReleaseLeaseAsync(string connector, string holder, CancellationToken cancellationToken)
    {
        LeaseArguments.RequireHolder(connector, holder);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "DELETE FROM connector_leases WHERE connector = $connector AND holder = $holder;");
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$holder", holder);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<ConnectorLease?> GetLeaseAsync(string connector, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKey(connector, nameof(connector));
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadLeaseAsync(connection, null, connector, cancellationToken);
    }

    private static async Task<ConnectorLease?> ReadLeaseAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string connector, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            SELECT connector, holder, run_id, acquired_at, renewed_at, expires_at FROM connector_leases WHERE connector = $connector;
            """);
        command.Parameters.AddWithValue("$connector", connector);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await LeaseRows.ReadAsync(reader, SqliteTimestamp.Read, cancellationToken);
    }

    /// <returns>The expired lease's run when it was still running (its holder died), now abandoned.</returns>
    private static async Task<long?> AbandonRunAsync(
        SqliteConnection connection, SqliteTransaction transaction, ConnectorLease expired, ConnectorLease taker,
        CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            UPDATE runs SET status = $abandoned, finished_at = $finished_at, message = $message
            WHERE id = $id AND status = $running;
            """);
        command.Parameters.AddWithValue("$id", expired.RunId);
        command.Parameters.AddWithValue("$abandoned", StatusText.ToText(RunStatus.Abandoned));
        command.Parameters.AddWithValue("$running", StatusText.ToText(RunStatus.Running));
        command.Parameters.AddWithValue("$finished_at", SqliteTimestamp.ToText(taker.AcquiredAt));
        command.Parameters.AddWithValue("$message", LeaseRunMessages.Abandoned(expired, taker.RunId));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? expired.RunId : null;
    }
}
