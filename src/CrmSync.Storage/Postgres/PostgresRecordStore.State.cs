using CrmSync.Core.Alerts;
using CrmSync.Core.WriteBack;
using CrmSync.Storage.Json;
using CrmSync.Storage.Rows;
using Npgsql;
using NpgsqlTypes;

namespace CrmSync.Storage.Postgres;

public sealed partial class PostgresRecordStore
{
    public async Task<string?> GetCursorAsync(string connector, string objectType, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, objectType);
        await using var command = _dataSource.CreateCommand(
            "SELECT cursor FROM crmsync.cursors WHERE connector = @connector AND object_type = @object_type;");
        command.Parameters.AddWithValue("connector", connector);
        command.Parameters.AddWithValue("object_type", objectType);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task SetCursorAsync(string connector, string objectType, string cursor, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, objectType);
        ArgumentNullException.ThrowIfNull(cursor);
        await using var command = _dataSource.CreateCommand("""
            INSERT INTO crmsync.cursors (connector, object_type, cursor, updated_at) VALUES (@connector, @object_type, @cursor, @now)
            ON CONFLICT (connector, object_type) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at;
            """);
        command.Parameters.AddWithValue("connector", connector);
        command.Parameters.AddWithValue("object_type", objectType);
        command.Parameters.AddWithValue("cursor", cursor);
        command.Parameters.AddWithValue("now", Utc(_timeProvider.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<string?> GetDocumentAsync(string connector, string key, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, key);
        await using var command = _dataSource.CreateCommand(
            "SELECT json::text FROM crmsync.documents WHERE connector = @connector AND key = @key;");
        command.Parameters.AddWithValue("connector", connector);
        command.Parameters.AddWithValue("key", key);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task SetDocumentAsync(string connector, string key, string json, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, key);
        StoreArguments.RequireJsonDocument(connector, key, json);
        await using var command = _dataSource.CreateCommand("""
            INSERT INTO crmsync.documents (connector, key, json, updated_at) VALUES (@connector, @key, @json, @now)
            ON CONFLICT (connector, key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at;
            """);
        command.Parameters.AddWithValue("connector", connector);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("json", NpgsqlDbType.Json, json);
        command.Parameters.AddWithValue("now", Utc(_timeProvider.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, WrittenState>> GetWrittenAsync(
        string connector, string objectType, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, objectType);
        await using var command = _dataSource.CreateCommand("""
            SELECT record_id, fingerprint, written_values::text FROM crmsync.written
            WHERE connector = @connector AND object_type = @object_type;
            """);
        command.Parameters.AddWithValue("connector", connector);
        command.Parameters.AddWithValue("object_type", objectType);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoreRows.ReadWrittenAsync(reader, connector, objectType, cancellationToken);
    }

    public async Task SaveWrittenAsync(string connector, IReadOnlyList<WrittenState> states, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKey(connector, nameof(connector));
        ArgumentNullException.ThrowIfNull(states);
        // One statement cannot update the same row twice: the last state per record wins, as in a loop.
        var latest = states.GroupBy(s => (s.ObjectType, s.RecordId)).Select(g => g.Last()).ToArray();
        if (latest.Length == 0)
        {
            return;
        }

        await using var command = _dataSource.CreateCommand("""
            INSERT INTO crmsync.written (connector, object_type, record_id, fingerprint, written_values, written_at)
            SELECT @connector, t.object_type, t.record_id, t.fingerprint, t.written_values, @now
            FROM unnest(@object_types, @record_ids, @fingerprints, @values) AS t (object_type, record_id, fingerprint, written_values)
            ON CONFLICT (connector, object_type, record_id) DO UPDATE SET
                fingerprint = excluded.fingerprint, written_values = excluded.written_values, written_at = excluded.written_at;
            """);
        command.Parameters.AddWithValue("connector", connector);
        command.Parameters.AddWithValue("now", Utc(_timeProvider.GetUtcNow()));
        AddArray(command, "object_types", NpgsqlDbType.Text, latest.Select(s => s.ObjectType).ToArray());
        AddArray(command, "record_ids", NpgsqlDbType.Text, latest.Select(s => s.RecordId).ToArray());
        AddArray(command, "fingerprints", NpgsqlDbType.Text, latest.Select(s => s.Fingerprint).ToArray());
        AddArray(command, "values", NpgsqlDbType.Jsonb, latest.Select(s => StorageJson.SerializeValues(s.Values)).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AlertState>> GetAlertsAsync(string connector, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKey(connector, nameof(connector));
        await using var command = _dataSource.CreateCommand("""
            SELECT key, alert_type, object_type, record_id, task_id, status, created_at, resolved_at, owner_id, reason, acknowledged_at
            FROM crmsync.alerts WHERE connector = @connector ORDER BY created_at, key;
            """);
        command.Parameters.AddWithValue("connector", connector);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoreRows.ReadAlertsAsync(reader, connector, ReadTimestamp, cancellationToken);
    }

    private const string UpsertAlert = """
        INSERT INTO crmsync.alerts (connector, key, alert_type, object_type, record_id, task_id, status, created_at, resolved_at, owner_id, reason, acknowledged_at)
        VALUES (@connector, @key, @alert_type, @object_type, @record_id, @task_id, @status, @created_at, @resolved_at, @owner_id, @reason, @acknowledged_at)
        ON CONFLICT (connector, key) DO UPDATE SET
            alert_type = excluded.alert_type, object_type = excluded.object_type, record_id = excluded.record_id,
            task_id = excluded.task_id, status = excluded.status, created_at = excluded.created_at,
            resolved_at = excluded.resolved_at, owner_id = excluded.owner_id, reason = excluded.reason,
            acknowledged_at = excluded.acknowledged_at;
        """;

    /// <summary>Alerts a run saves together (its held alerts: thousands on a large first run) per batch of statements.</summary>
    private const int AlertBatchSize = 500;

    public async Task SaveAlertAsync(string connector, AlertState alert, CancellationToken cancellationToken)
    {
        StoreArguments.RequireAlert(connector, alert);
        await using var command = _dataSource.CreateCommand(UpsertAlert);
        BindAlert(command.Parameters, connector, alert);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// One transaction, statements sent in batches: a first run on a 50,000-contact portal holds ~7,000 alerts, and
    /// one round trip and commit each took the alert step 111 s on a loaded server.
    /// </summary>
    public async Task SaveAlertsAsync(string connector, IReadOnlyList<AlertState> alerts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        foreach (var alert in alerts)
            StoreArguments.RequireAlert(connector, alert);
        if (alerts.Count == 0)
            return;
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in alerts.Chunk(AlertBatchSize))
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var alert in chunk)
            {
                var command = new NpgsqlBatchCommand(UpsertAlert);
                BindAlert(command.Parameters, connector, alert);
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static void BindAlert(NpgsqlParameterCollection parameters, string connector, AlertState alert)
    {
        parameters.AddWithValue("connector", connector);
        parameters.AddWithValue("key", alert.Key);
        parameters.AddWithValue("alert_type", alert.AlertType);
        parameters.AddWithValue("object_type", alert.ObjectType);
        parameters.AddWithValue("record_id", alert.RecordId);
        parameters.AddWithValue("task_id", NpgsqlDbType.Text, DbValue(alert.TaskId));
        parameters.AddWithValue("status", StatusText.ToText(alert.Status));
        parameters.AddWithValue("created_at", Utc(alert.CreatedAt));
        parameters.AddWithValue("resolved_at", NpgsqlDbType.TimestampTz, alert.ResolvedAt is { } r ? Utc(r) : DBNull.Value);
        parameters.AddWithValue("owner_id", NpgsqlDbType.Text, DbValue(alert.OwnerId));
        parameters.AddWithValue("reason", NpgsqlDbType.Text, DbValue(alert.Reason));
        parameters.AddWithValue("acknowledged_at", NpgsqlDbType.TimestampTz, alert.AcknowledgedAt is { } a ? Utc(a) : DBNull.Value);
    }
}
