using CrmSync.Core.Alerts;
using CrmSync.Core.WriteBack;
using CrmSync.Storage.Json;
using CrmSync.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace CrmSync.Storage.Sqlite;

public sealed partial class SqliteRecordStore
{
    public async Task<string?> GetCursorAsync(string connector, string objectType, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, objectType);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT cursor FROM cursors WHERE connector = $connector AND object_type = $object_type;");
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$object_type", objectType);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task SetCursorAsync(string connector, string objectType, string cursor, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, objectType);
        ArgumentNullException.ThrowIfNull(cursor);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            INSERT INTO cursors (connector, object_type, cursor, updated_at) VALUES ($connector, $object_type, $cursor, $now)
            ON CONFLICT (connector, object_type) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at;
            """);
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$object_type", objectType);
        command.Parameters.AddWithValue("$cursor", cursor);
        command.Parameters.AddWithValue("$now", SqliteTimestamp.ToText(_timeProvider.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<string?> GetDocumentAsync(string connector, string key, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, key);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT json FROM documents WHERE connector = $connector AND key = $key;");
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$key", key);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task SetDocumentAsync(string connector, string key, string json, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, key);
        StoreArguments.RequireJsonDocument(connector, key, json);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            INSERT INTO documents (connector, key, json, updated_at) VALUES ($connector, $key, $json, $now)
            ON CONFLICT (connector, key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at;
            """);
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$now", SqliteTimestamp.ToText(_timeProvider.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, WrittenState>> GetWrittenAsync(
        string connector, string objectType, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, objectType);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            SELECT record_id, fingerprint, written_values FROM written
            WHERE connector = $connector AND object_type = $object_type;
            """);
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$object_type", objectType);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoreRows.ReadWrittenAsync(reader, connector, objectType, cancellationToken);
    }

    public async Task SaveWrittenAsync(string connector, IReadOnlyList<WrittenState> states, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKey(connector, nameof(connector));
        ArgumentNullException.ThrowIfNull(states);
        if (states.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = Command(connection, transaction, """
            INSERT INTO written (connector, object_type, record_id, fingerprint, written_values, written_at)
            VALUES ($connector, $object_type, $record_id, $fingerprint, $values, $now)
            ON CONFLICT (connector, object_type, record_id) DO UPDATE SET
                fingerprint = excluded.fingerprint, written_values = excluded.written_values, written_at = excluded.written_at;
            """);
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$now", SqliteTimestamp.ToText(_timeProvider.GetUtcNow()));
        var objectType = command.Parameters.Add("$object_type", SqliteType.Text);
        var recordId = command.Parameters.Add("$record_id", SqliteType.Text);
        var fingerprint = command.Parameters.Add("$fingerprint", SqliteType.Text);
        var values = command.Parameters.Add("$values", SqliteType.Text);
        command.Prepare();
        foreach (var state in states)
        {
            cancellationToken.ThrowIfCancellationRequested();
            objectType.Value = state.ObjectType;
            recordId.Value = state.RecordId;
            fingerprint.Value = state.Fingerprint;
            values.Value = StorageJson.SerializeValues(state.Values);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AlertState>> GetAlertsAsync(string connector, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKey(connector, nameof(connector));
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            SELECT key, alert_type, object_type, record_id, task_id, status, created_at, resolved_at, owner_id, reason, acknowledged_at
            FROM alerts WHERE connector = $connector ORDER BY created_at, key;
            """);
        command.Parameters.AddWithValue("$connector", connector);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoreRows.ReadAlertsAsync(reader, connector, SqliteTimestamp.Read, cancellationToken);
    }

    public async Task SaveAlertAsync(string connector, AlertState alert, CancellationToken cancellationToken)
    {
        StoreArguments.RequireAlert(connector, alert);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            INSERT INTO alerts (connector, key, alert_type, object_type, record_id, task_id, status, created_at, resolved_at, owner_id, reason, acknowledged_at)
            VALUES ($connector, $key, $alert_type, $object_type, $record_id, $task_id, $status, $created_at, $resolved_at, $owner_id, $reason, $acknowledged_at)
            ON CONFLICT (connector, key) DO UPDATE SET
                alert_type = excluded.alert_type, object_type = excluded.object_type, record_id = excluded.record_id,
                task_id = excluded.task_id, status = excluded.status, created_at = excluded.created_at,
                resolved_at = excluded.resolved_at, owner_id = excluded.owner_id, reason = excluded.reason,
                acknowledged_at = excluded.acknowledged_at;
            """);
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$key", alert.Key);
        command.Parameters.AddWithValue("$alert_type", alert.AlertType);
        command.Parameters.AddWithValue("$object_type", alert.ObjectType);
        command.Parameters.AddWithValue("$record_id", alert.RecordId);
        command.Parameters.AddWithValue("$task_id", DbText(alert.TaskId));
        command.Parameters.AddWithValue("$status", StatusText.ToText(alert.Status));
        command.Parameters.AddWithValue("$created_at", SqliteTimestamp.ToText(alert.CreatedAt));
        command.Parameters.AddWithValue("$resolved_at", SqliteTimestamp.ToDbValue(alert.ResolvedAt));
        command.Parameters.AddWithValue("$owner_id", DbText(alert.OwnerId));
        command.Parameters.AddWithValue("$reason", DbText(alert.Reason));
        command.Parameters.AddWithValue("$acknowledged_at", SqliteTimestamp.ToDbValue(alert.AcknowledgedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
