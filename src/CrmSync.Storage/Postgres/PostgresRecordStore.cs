using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace CrmSync.Storage.Postgres;

/// <summary>
/// The shared store for several replicas: PostgreSQL schema <c>crmsync</c>. Every write call is one round trip
/// (arrays unnested server-side); reads stream rows as they arrive.
/// </summary>
public sealed partial class PostgresRecordStore : IRecordStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Uses a data source owned by the caller (not disposed by the store).</summary>
    public PostgresRecordStore(NpgsqlDataSource dataSource, TimeProvider? timeProvider = null, ILogger<PostgresRecordStore>? logger = null)
        : this(dataSource, ownsDataSource: false, timeProvider, logger)
    {
    }

    private PostgresRecordStore(NpgsqlDataSource dataSource, bool ownsDataSource, TimeProvider? timeProvider, ILogger? logger)
    {
        _dataSource = dataSource ?? throw new ArgumentNullException(nameof(dataSource));
        _ownsDataSource = ownsDataSource;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<PostgresRecordStore>.Instance;
    }

    /// <summary>Builds and owns a data source for <paramref name="connectionString"/>.</summary>
    public static PostgresRecordStore Create(string connectionString, TimeProvider? timeProvider = null, ILogger<PostgresRecordStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new PostgresRecordStore(NpgsqlDataSource.Create(connectionString), ownsDataSource: true, timeProvider, logger);
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Replicas starting together queue here; the lock is released at commit.
        await using (var command = Command(connection, "SELECT pg_advisory_xact_lock(@key);"))
        {
            command.Parameters.AddWithValue("key", PostgresSchema.MigrationLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await ExecuteAsync(connection, PostgresSchema.Bootstrap, cancellationToken);
        await using var versionCommand = Command(connection, "SELECT coalesce(max(version), 0) FROM crmsync.schema_version;");
        var version = Convert.ToInt32(await versionCommand.ExecuteScalarAsync(cancellationToken));
        for (var step = version; step < PostgresSchema.Migrations.Count; step++)
        {
            await ExecuteAsync(connection, PostgresSchema.Migrations[step], cancellationToken);
            await using var record = Command(connection, "INSERT INTO crmsync.schema_version (version) VALUES (@version);");
            record.Parameters.AddWithValue("version", step + 1);
            await record.ExecuteNonQueryAsync(cancellationToken);
            LogMigrated(_logger, step + 1);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = _dataSource.CreateCommand("SELECT 1;");
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken)) == 1;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            LogPingFailed(_logger, ex);
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync();
        }
    }

    public void Dispose()
    {
        if (_ownsDataSource)
        {
            _dataSource.Dispose();
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql) => new(sql, connection);

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddArray<T>(NpgsqlCommand command, string name, NpgsqlDbType elementType, T[] values) =>
        command.Parameters.Add(new NpgsqlParameter<T[]>(name, NpgsqlDbType.Array | elementType) { TypedValue = values });

    private static object DbValue(object? value) => value ?? DBNull.Value;

    private static DateTime Utc(DateTimeOffset value) => value.UtcDateTime;

    private static DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL store migrated to schema version {Version}")]
    private static partial void LogMigrated(ILogger logger, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL store ping failed")]
    private static partial void LogPingFailed(ILogger logger, Exception exception);
}
