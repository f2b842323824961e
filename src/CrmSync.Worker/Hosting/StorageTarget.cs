using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using Npgsql;

namespace CrmSync.Worker.Hosting;

/// <summary>Where the store and Hangfire's storage live, read from the configuration, and how to name it in a message.</summary>
public sealed record StorageTarget(StorageOptions Options)
{
    public static StorageTarget From(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringCheck.Name);
        if (ConnectionStringCheck.Problem(connectionString) is { } problem)
            throw new StartupException($"{ConnectionStringCheck.Key}: {problem}");
        var dataDirectoryKey = $"{CrmSyncOptions.Section}:{nameof(CrmSyncOptions.DataDirectory)}";
        var dataDirectory = configuration[dataDirectoryKey] ?? "data";
        if (string.IsNullOrWhiteSpace(connectionString) && string.IsNullOrWhiteSpace(dataDirectory))
            throw new StartupException($"{dataDirectoryKey}: must name a directory");
        return new StorageTarget(new StorageOptions { PostgresConnectionString = connectionString, DataDirectory = dataDirectory });
    }

    /// <summary>e.g. "PostgreSQL at db:5432, database crmsync (ConnectionStrings:CrmSync)"; never the password.</summary>
    public string Describe()
    {
        if (!Options.UsesPostgres)
            return $"the SQLite store {Options.SqliteFilePath} (CrmSync:DataDirectory)";
        var builder = new NpgsqlConnectionStringBuilder(Options.PostgresConnectionString);
        return $"PostgreSQL at {builder.Host}:{builder.Port}, database {builder.Database ?? builder.Username} ({ConnectionStringCheck.Key})";
    }
}
