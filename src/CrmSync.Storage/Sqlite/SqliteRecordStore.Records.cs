using System.Runtime.CompilerServices;
using CrmSync.Core.Records;
using CrmSync.Storage.Json;
using CrmSync.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace CrmSync.Storage.Sqlite;

public sealed partial class SqliteRecordStore
{
    private const string RecordColumns =
        "object_type, id, properties, associations, history, created_at, updated_at, archived";

    public async Task UpsertRecordsAsync(string connector, IReadOnlyList<CrmRecord> records, CancellationToken cancellationToken)
    {
        var batch = StoredRecords.PrepareBatch(connector, records);
        if (batch.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = Command(connection, transaction, $"""
            INSERT INTO records (connector, {RecordColumns})
            VALUES ($connector, $object_type, $id, $properties, $associations, $history, $created_at, $updated_at, $archived)
            ON CONFLICT (connector, object_type, id) DO UPDATE SET
                properties = excluded.properties, associations = excluded.associations, history = excluded.history,
                created_at = excluded.created_at, updated_at = excluded.updated_at, archived = excluded.archived;
            """);
        command.Parameters.AddWithValue("$connector", connector);
        var objectType = command.Parameters.Add("$object_type", SqliteType.Text);
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var properties = command.Parameters.Add("$properties", SqliteType.Text);
        var associations = command.Parameters.Add("$associations", SqliteType.Text);
        var history = command.Parameters.Add("$history", SqliteType.Text);
        var createdAt = command.Parameters.Add("$created_at", SqliteType.Text);
        var updatedAt = command.Parameters.Add("$updated_at", SqliteType.Text);
        var archived = command.Parameters.Add("$archived", SqliteType.Integer);
        command.Prepare();

        foreach (var record in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            objectType.Value = record.ObjectType;
            id.Value = record.Id;
            properties.Value = StorageJson.SerializeValues(record.Properties);
            associations.Value = DbText(StorageJson.SerializeAssociations(record.Associations));
            history.Value = DbText(StorageJson.SerializeHistory(record.History));
            createdAt.Value = SqliteTimestamp.ToText(record.CreatedAt);
            updatedAt.Value = SqliteTimestamp.ToText(record.UpdatedAt);
            archived.Value = record.Archived ? 1 : 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async IAsyncEnumerable<CrmRecord> ReadRecordsAsync(
        string connector, string objectType, bool includeArchived, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, objectType);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"""
            SELECT {RecordColumns} FROM records
            WHERE connector = $connector AND object_type = $object_type {(includeArchived ? "" : "AND archived = 0")}
            ORDER BY id;
            """);
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$object_type", objectType);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await foreach (var record in StoreRows.ReadRecordsAsync(reader, connector, SqliteTimestamp.Read, cancellationToken))
        {
            yield return record;
        }
    }

    public async Task<CrmRecord?> GetRecordAsync(string connector, string objectType, string id, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, objectType);
        StoreArguments.RequireKey(id, nameof(id));
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"""
            SELECT {RecordColumns} FROM records
            WHERE connector = $connector AND object_type = $object_type AND id = $id;
            """);
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$object_type", objectType);
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? await StoreRows.ReadRecordAsync(reader, connector, SqliteTimestamp.Read, cancellationToken) : null;
    }

    public async Task<int> CountRecordsAsync(string connector, string objectType, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, objectType);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT count(*) FROM records WHERE connector = $connector AND object_type = $object_type AND archived = 0;");
        command.Parameters.AddWithValue("$connector", connector);
        command.Parameters.AddWithValue("$object_type", objectType);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task<int> ArchiveMissingAsync(
        string connector, string objectType, IReadOnlySet<string> liveIds, CancellationToken cancellationToken)
    {
        StoreArguments.RequireKeys(connector, objectType);
        ArgumentNullException.ThrowIfNull(liveIds);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        // A temp table, not an IN list: a full reconcile can carry a million ids.
        await ExecuteAsync(connection, transaction,
            "CREATE TEMP TABLE IF NOT EXISTS live_ids (id TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM temp.live_ids;",
            cancellationToken);
        await using (var insert = Command(connection, transaction, "INSERT OR IGNORE INTO temp.live_ids (id) VALUES ($id);"))
        {
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            insert.Prepare();
            foreach (var liveId in liveIds)
            {
                cancellationToken.ThrowIfCancellationRequested();
                id.Value = liveId;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using var archive = Command(connection, transaction, """
            UPDATE records SET archived = 1
            WHERE connector = $connector AND object_type = $object_type AND archived = 0
              AND id NOT IN (SELECT id FROM temp.live_ids);
            """);
        archive.Parameters.AddWithValue("$connector", connector);
        archive.Parameters.AddWithValue("$object_type", objectType);
        var archivedCount = await archive.ExecuteNonQueryAsync(cancellationToken);
        // Pooled connections keep temp tables: leave no ids behind.
        await ExecuteAsync(connection, transaction, "DELETE FROM temp.live_ids;", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return archivedCount;
    }

}
