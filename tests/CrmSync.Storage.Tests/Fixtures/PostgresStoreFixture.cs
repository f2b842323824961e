using CrmSync.Storage.Postgres;
using Npgsql;

namespace CrmSync.Storage.Tests.Fixtures;

/// <summary>
/// A uniquely named database per test class (and per fresh store), dropped afterwards, so test classes
/// and parallel runs never share tables.
/// </summary>
public sealed class PostgresStoreFixture : IStoreFixture, IAsyncLifetime
{
    private readonly List<string> _databases = [];
    private readonly List<PostgresRecordStore> _stores = [];
    private PostgresRecordStore? _store;

    public IRecordStore Store
    {
        get
        {
            PostgresTestServer.RequireAdminConnectionString();
            return _store ?? throw new InvalidOperationException("The PostgreSQL fixture is not initialized.");
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (PostgresTestServer.AdminConnectionString is null)
        {
            return;
        }

        var connectionString = await CreateDatabaseAsync();
        _store = Track(PostgresRecordStore.Create(connectionString));
        await _store.InitializeAsync(TestContext.Current.CancellationToken);
    }

    public async Task<Func<IRecordStore>> CreateFreshDatabaseAsync()
    {
        PostgresTestServer.RequireAdminConnectionString();
        var connectionString = await CreateDatabaseAsync();
        return () => Track(PostgresRecordStore.Create(connectionString));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        if (PostgresTestServer.AdminConnectionString is not { } admin)
        {
            return;
        }

        await using var dataSource = NpgsqlDataSource.Create(admin);
        foreach (var database in _databases)
        {
            await using var drop = dataSource.CreateCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE);");
            await drop.ExecuteNonQueryAsync();
        }
    }

    private PostgresRecordStore Track(PostgresRecordStore store)
    {
        lock (_stores)
        {
            _stores.Add(store);
        }

        return store;
    }

    /// <returns>The connection string of the new database.</returns>
    private async Task<string> CreateDatabaseAsync()
    {
        var admin = PostgresTestServer.RequireAdminConnectionString();
        var database = $"crmsync_test_{Guid.NewGuid():N}";
        await using (var dataSource = NpgsqlDataSource.Create(admin))
        await using (var create = dataSource.CreateCommand($"CREATE DATABASE \"{database}\";"))
        {
            await create.ExecuteNonQueryAsync();
        }

        _databases.Add(database);
        return new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
    }
}
