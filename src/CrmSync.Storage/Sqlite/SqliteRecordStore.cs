using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrmSync.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Every write call is one transaction over one prepared
/// command; reads stream from the reader.
/// </summary>
public sealed partial class SqliteRecordStore : IRecordStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public SqliteRecordStore(string filePath, TimeProvider? timeProvider = null, ILogger<SqliteRecordStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        FilePath = Path.GetFullPath(filePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<SqliteRecordStore>.Instance;
    }

    public string FilePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);

        await using var transaction = connection.BeginTransaction(deferred: false);
        var version = Convert.ToInt32(await ScalarAsync(connection, transaction, "PRAGMA user_version;", cancellationToken));
        for (var step = version; step < SqliteSchema.Migrations.Count; step++)
        {
            await ExecuteAsync(connection, transaction, SqliteSchema.Migrations[step], cancellationToken);
            await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {step + 1};", cancellationToken);
            LogMigrated(_logger, step + 1, FilePath);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            return Convert.ToInt64(await ScalarAsync(connection, null, "SELECT 1;", cancellationToken)) == 1;
        }
        catch (SqliteException ex)
        {
            LogPingFailed(_logger, ex);
            return false;
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Per connection: wait for a busy writer instead of failing, and NORMAL sync (safe in WAL mode).
            await ExecuteAsync(connection, null,
                "PRAGMA busy_timeout = 60000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;",
                cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static async Task<int> ExecuteAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static object DbText(string? value) => value is null ? DBNull.Value : value;

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite store migrated to schema version {Version} at {FilePath}")]
    private static partial void LogMigrated(ILogger logger, int version, string filePath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite store ping failed")]
    private static partial void LogPingFailed(ILogger logger, Exception exception);
}
