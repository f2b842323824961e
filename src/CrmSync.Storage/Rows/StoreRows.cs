using System.Data.Common;
using System.Runtime.CompilerServices;
using CrmSync.Core.Alerts;
using CrmSync.Core.Records;
using CrmSync.Core.WriteBack;
using CrmSync.Storage.Json;

namespace CrmSync.Storage.Rows;

/// <summary>
/// Row readers shared by both stores. Each store keeps its own SQL; the column order of each query is fixed here,
/// and only the timestamp encoding differs between the two.
/// </summary>
internal static class StoreRows
{
    /// <summary>Columns: record_id, fingerprint, written_values.</summary>
    public static async Task<IReadOnlyDictionary<string, WrittenState>> ReadWrittenAsync(
        DbDataReader reader, string connector, string objectType, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, WrittenState>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var recordId = reader.GetString(0);
            var values = StorageJson.DeserializeValues(reader.GetString(2), $"written values of {connector}/{objectType}/{recordId}");
            states[recordId] = new WrittenState(objectType, recordId, reader.GetString(1), values);
        }

        return states;
    }

    /// <summary>Columns: key, alert_type, object_type, record_id, task_id, status, created_at, resolved_at, owner_id, reason, acknowledged_at.</summary>
    public static async Task<IReadOnlyList<AlertState>> ReadAlertsAsync(
        DbDataReader reader, string connector, TimestampColumn timestamp, CancellationToken cancellationToken)
    {
        var alerts = new List<AlertState>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            alerts.Add(new AlertState(
                key,
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                NullableString(reader, 4),
                StatusText.ParseAlertStatus(reader.GetString(5), connector, key),
                timestamp(reader, 6),
                reader.IsDBNull(7) ? null : timestamp(reader, 7))
            {
                OwnerId = NullableString(reader, 8),
                Reason = NullableString(reader, 9),
                AcknowledgedAt = reader.IsDBNull(10) ? null : timestamp(reader, 10),
            });
        }

        return alerts;
    }

    /// <summary>
    /// Columns: id, connector, job, dry_run, status, started_at, finished_at, counts, message, hangfire_job_id, error count.
    /// </summary>
    public static async Task<IReadOnlyList<RunRecord>> ReadRunsAsync(
        DbDataReader reader, TimestampColumn timestamp, CancellationToken cancellationToken)
    {
        var runs = new List<RunRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            runs.Add(new RunRecord(
                id,
                reader.GetString(1),
                reader.GetString(2),
                reader.GetBoolean(3),
                StatusText.ParseRunStatus(reader.GetString(4), id),
                timestamp(reader, 5),
                reader.IsDBNull(6) ? null : timestamp(reader, 6),
                StorageJson.DeserializeCounts(NullableString(reader, 7), $"counts of run {id}"),
                checked((int)reader.GetInt64(10)),
                NullableString(reader, 8),
                NullableString(reader, 9)));
        }

        return runs;
    }

    /// <summary>Columns: object_type, record_id, code, message.</summary>
    public static async Task<IReadOnlyList<RunRecordError>> ReadRunErrorsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var errors = new List<RunRecordError>();
        while (await reader.ReadAsync(cancellationToken))
        {
            errors.Add(new RunRecordError(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return errors;
    }

    /// <summary>Streams records. Columns: object_type, id, properties, associations, history, created_at, updated_at, archived.</summary>
    public static async IAsyncEnumerable<CrmRecord> ReadRecordsAsync(
        DbDataReader reader, string connector, TimestampColumn timestamp, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            // Rows already buffered do not observe the token inside ReadAsync; stop at the next row.
            cancellationToken.ThrowIfCancellationRequested();
            yield return await ReadRecordAsync(reader, connector, timestamp, cancellationToken);
        }
    }

    /// <summary>The current row as a record; columns as in <see cref="ReadRecordsAsync"/>.</summary>
    public static async Task<CrmRecord> ReadRecordAsync(
        DbDataReader reader, string connector, TimestampColumn timestamp, CancellationToken cancellationToken) =>
        StoredRecords.FromRow(
            connector,
            objectType: reader.GetString(0),
            id: reader.GetString(1),
            propertiesJson: reader.GetString(2),
            // Async null checks: PostgreSQL reads records with sequential access and may still be receiving the row.
            associationsJson: await reader.IsDBNullAsync(3, cancellationToken) ? null : reader.GetString(3),
            historyJson: await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetString(4),
            createdAt: timestamp(reader, 5),
            updatedAt: timestamp(reader, 6),
            archived: reader.GetBoolean(7));

    private static string? NullableString(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
