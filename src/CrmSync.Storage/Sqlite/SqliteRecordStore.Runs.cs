using CrmSync.Storage.Json;
using CrmSync.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace CrmSync.Storage.Sqlite;

public sealed partial class SqliteRecordStore
{
    public async Task<long> StartRunAsync(RunStart run, CancellationToken cancellationToken)
    {
        StoreArguments.RequireRunStart(run);
        await using var connection = await OpenAsync(cancellationToken);
        return await InsertRunAsync(connection, null, run, RunStatus.Running, null, cancellationToken);
    }

    /// <summary>A run that is over as it starts (skipped) gets its finish time and message at once.</summary>
    private static async Task<long> InsertRunAsync(
        SqliteConnection connection, SqliteTransaction? transaction, RunStart run, RunStatus status, string? message,
        CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            INSERT INTO runs (connector, job, dry_run, status, started_at, finished_at, message, hangfire_job_id)
            VALUES ($connector, $job, $dry_run, $status, $started_at, $finished_at, $message, $hangfire_job_id)
            RETURNING id;
            """);
        command.Parameters.AddWithValue("$connector", run.Connector);
        command.Parameters.AddWithValue("$job", run.Job);
        command.Parameters.AddWithValue("$dry_run", run.DryRun ? 1 : 0);
        command.Parameters.AddWithValue("$status", StatusText.ToText(status));
        command.Parameters.AddWithValue("$started_at", SqliteTimestamp.ToText(run.StartedAt));
        command.Parameters.AddWithValue("$finished_at", SqliteTimestamp.ToDbValue(status == RunStatus.Running ? null : run.StartedAt));
        command.Parameters.AddWithValue("$message", DbText(message));
        command.Parameters.AddWithValue("$hangfire_job_id", DbText(run.HangfireJobId));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task CompleteRunAsync(long runId, RunCompletion completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completion);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var update = Command(connection, transaction, """
            UPDATE runs SET status = $status, finished_at = $finished_at, counts = $counts, message = $message
            WHERE id = $id;
            """))
        {
            update.Parameters.AddWithValue("$id", runId);
            update.Parameters.AddWithValue("$status", StatusText.ToText(completion.Status));
            update.Parameters.AddWithValue("$finished_at", SqliteTimestamp.ToText(completion.FinishedAt));
            update.Parameters.AddWithValue("$counts", StorageJson.SerializeCounts(completion.Counts));
            update.Parameters.AddWithValue("$message", DbText(completion.Message));
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new InvalidOperationException($"Run {runId} does not exist in the store; it cannot be completed.");
            }
        }

        // Completing again (a retried job) replaces the errors instead of doubling them.
        await using (var delete = Command(connection, transaction, "DELETE FROM run_errors WHERE run_id = $id;"))
        {
            delete.Parameters.AddWithValue("$id", runId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await InsertRunErrorsAsync(connection, transaction, runId, completion.Errors, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? connector, int limit, CancellationToken cancellationToken)
    {
        StoreArguments.RequirePositiveLimit(limit);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"""
            SELECT r.id, r.connector, r.job, r.dry_run, r.status, r.started_at, r.finished_at, r.counts, r.message,
                   r.hangfire_job_id, (SELECT count(*) FROM run_errors e WHERE e.run_id = r.id)
            FROM runs r {(connector is null ? "" : "WHERE r.connector = $connector")}
            ORDER BY r.started_at DESC, r.id DESC
            LIMIT $limit;
            """);
        if (connector is not null)
        {
            command.Parameters.AddWithValue("$connector", connector);
        }

        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoreRows.ReadRunsAsync(reader, SqliteTimestamp.Read, cancellationToken);
    }

    public async Task<IReadOnlyList<RunRecordError>> GetRunErrorsAsync(long runId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            SELECT object_type, record_id, code, message FROM run_errors WHERE run_id = $id ORDER BY position;
            """);
        command.Parameters.AddWithValue("$id", runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoreRows.ReadRunErrorsAsync(reader, cancellationToken);
    }

    private static async Task InsertRunErrorsAsync(
        SqliteConnection connection, SqliteTransaction transaction, long runId,
        IReadOnlyList<RunRecordError> errors, CancellationToken cancellationToken)
    {
        if (errors.Count == 0)
        {
            return;
        }

        await using var insert = Command(connection, transaction, """
            INSERT INTO run_errors (run_id, position, object_type, record_id, code, message)
            VALUES ($run_id, $position, $object_type, $record_id, $code, $message);
            """);
        insert.Parameters.AddWithValue("$run_id", runId);
        var position = insert.Parameters.Add("$position", SqliteType.Integer);
        var objectType = insert.Parameters.Add("$object_type", SqliteType.Text);
        var recordId = insert.Parameters.Add("$record_id", SqliteType.Text);
        var code = insert.Parameters.Add("$code", SqliteType.Text);
        var message = insert.Parameters.Add("$message", SqliteType.Text);
        insert.Prepare();
        for (var i = 0; i < errors.Count; i++)
        {
            position.Value = i;
            objectType.Value = errors[i].ObjectType;
            recordId.Value = errors[i].RecordId;
            code.Value = errors[i].Code;
            message.Value = errors[i].Message;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
