using CrmSync.Storage.Json;
using CrmSync.Storage.Rows;
using Npgsql;
using NpgsqlTypes;

namespace CrmSync.Storage.Postgres;

public sealed partial class PostgresRecordStore
{
    public async Task<long> StartRunAsync(RunStart run, CancellationToken cancellationToken)
    {
        StoreArguments.RequireRunStart(run);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await InsertRunAsync(connection, run, RunStatus.Running, null, cancellationToken);
    }

    /// <summary>A run that is over as it starts (skipped) gets its finish time and message at once.</summary>
    private static async Task<long> InsertRunAsync(
        NpgsqlConnection connection, RunStart run, RunStatus status, string? message, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, """
            INSERT INTO crmsync.runs (connector, job, dry_run, status, started_at, finished_at, message, hangfire_job_id)
            VALUES (@connector, @job, @dry_run, @status, @started_at, @finished_at, @message, @hangfire_job_id)
            RETURNING id;
            """);
        command.Parameters.AddWithValue("connector", run.Connector);
        command.Parameters.AddWithValue("job", run.Job);
        command.Parameters.AddWithValue("dry_run", run.DryRun);
        command.Parameters.AddWithValue("status", StatusText.ToText(status));
        command.Parameters.AddWithValue("started_at", Utc(run.StartedAt));
        command.Parameters.AddWithValue("finished_at", NpgsqlDbType.TimestampTz, status == RunStatus.Running ? DBNull.Value : Utc(run.StartedAt));
        command.Parameters.AddWithValue("message", NpgsqlDbType.Text, DbValue(message));
        command.Parameters.AddWithValue("hangfire_job_id", NpgsqlDbType.Text, DbValue(run.HangfireJobId));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task CompleteRunAsync(long runId, RunCompletion completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completion);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var update = Command(connection, """
            UPDATE crmsync.runs SET status = @status, finished_at = @finished_at, counts = @counts, message = @message
            WHERE id = @id;
            """))
        {
            update.Parameters.AddWithValue("id", runId);
            update.Parameters.AddWithValue("status", StatusText.ToText(completion.Status));
            update.Parameters.AddWithValue("finished_at", Utc(completion.FinishedAt));
            update.Parameters.AddWithValue("counts", NpgsqlDbType.Jsonb, StorageJson.SerializeCounts(completion.Counts));
            update.Parameters.AddWithValue("message", NpgsqlDbType.Text, DbValue(completion.Message));
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new InvalidOperationException($"Run {runId} does not exist in the store; it cannot be completed.");
            }
        }

        // Completing again (a retried job) replaces the errors instead of doubling them.
        await using (var replaceErrors = Command(connection, """
            DELETE FROM crmsync.run_errors WHERE run_id = @run_id;
            INSERT INTO crmsync.run_errors (run_id, position, object_type, record_id, code, message)
            SELECT @run_id, t.ordinal - 1, t.object_type, t.record_id, t.code, t.message
            FROM unnest(@object_types, @record_ids, @codes, @messages) WITH ORDINALITY
                AS t (object_type, record_id, code, message, ordinal);
            """))
        {
            var errors = completion.Errors;
            replaceErrors.Parameters.AddWithValue("run_id", runId);
            AddArray(replaceErrors, "object_types", NpgsqlDbType.Text, errors.Select(e => e.ObjectType).ToArray());
            AddArray(replaceErrors, "record_ids", NpgsqlDbType.Text, errors.Select(e => e.RecordId).ToArray());
            AddArray(replaceErrors, "codes", NpgsqlDbType.Text, errors.Select(e => e.Code).ToArray());
            AddArray(replaceErrors, "messages", NpgsqlDbType.Text, errors.Select(e => e.Message).ToArray());
            await replaceErrors.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? connector, int limit, CancellationToken cancellationToken)
    {
        StoreArguments.RequirePositiveLimit(limit);
        await using var command = _dataSource.CreateCommand($"""
            SELECT r.id, r.connector, r.job, r.dry_run, r.status, r.started_at, r.finished_at, r.counts::text, r.message,
                   r.hangfire_job_id, (SELECT count(*) FROM crmsync.run_errors e WHERE e.run_id = r.id)
            FROM crmsync.runs r {(connector is null ? "" : "WHERE r.connector = @connector")}
            ORDER BY r.started_at DESC, r.id DESC
            LIMIT @limit;
            """);
        if (connector is not null)
        {
            command.Parameters.AddWithValue("connector", connector);
        }

        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoreRows.ReadRunsAsync(reader, ReadTimestamp, cancellationToken);
    }

    public async Task<IReadOnlyList<RunRecordError>> GetRunErrorsAsync(long runId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT object_type, record_id, code, message FROM crmsync.run_errors WHERE run_id = @id ORDER BY position;");
        command.Parameters.AddWithValue("id", runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoreRows.ReadRunErrorsAsync(reader, cancellationToken);
    }

}
