using CrmSync.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CrmSync.Storage.Tests.Fixtures;

/// <summary>A temp directory per test class holding the shared store file and any fresh ones.</summary>
public sealed class SqliteStoreFixture : IStoreFixture, IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "crmsync-storage-tests", Guid.NewGuid().ToString("N"));
    private SqliteRecordStore? _store;

    public IRecordStore Store => _store ?? throw new InvalidOperationException("The SQLite fixture is not initialized.");

    public async ValueTask InitializeAsync()
    {
        _store = new SqliteRecordStore(Path.Combine(_directory, "shared.db"));
        await _store.InitializeAsync(TestContext.Current.CancellationToken);
    }

    public Task<Func<IRecordStore>> CreateFreshDatabaseAsync()
    {
        var filePath = Path.Combine(_directory, $"fresh-{Guid.NewGuid():N}.db");
        return Task.FromResult<Func<IRecordStore>>(() => new SqliteRecordStore(filePath));
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the files open; release them before deleting.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
