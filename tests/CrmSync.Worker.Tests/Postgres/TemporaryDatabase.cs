using CrmSync.Storage.Tests.Fixtures;
using Npgsql;

namespace CrmSync.Worker.Tests.Postgres;

/// <summary>A database of its own for one test on the CRMSYNC_TEST_PG server, dropped afterwards.</summary>
public sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _name;

    private TemporaryDatabase(string admin, string name)
    {
        _admin = admin;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>Skips the test without a server (fails it when CI=true).</summary>
    public static async Task<TemporaryDatabase> CreateAsync()
    {
        var admin = PostgresTestServer.RequireAdminConnectionString();
        var database = new TemporaryDatabase(admin, $"crmsync_worker_test_{Guid.NewGuid():N}");
        await using var dataSource = NpgsqlDataSource.Create(admin);
        await using var create = dataSource.CreateCommand($"CREATE DATABASE \"{database._name}\"");
        await create.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(_admin);
        await using var drop = dataSource.CreateCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}
