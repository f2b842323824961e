using CrmSync.Storage;
using CrmSync.Storage.Postgres;
using CrmSync.Storage.Sqlite;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Tests.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Tests.Jobs;

/// <summary>
/// A real, initialized store of one kind (a SQLite file, or a PostgreSQL database of its own through CRMSYNC_TEST_PG)
/// that several "processes" open, each with a store instance of its own.
/// </summary>
public sealed class LeaseStore : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly Func<IRecordStore> _open;
    private readonly List<IRecordStore> _opened = [];
    private readonly string? _directory;

    private LeaseStore(Func<IRecordStore> open, TemporaryDatabase? database, string? directory)
    {
        _open = open;
        Database = database;
        _directory = directory;
    }

    /// <summary>The PostgreSQL database, when the kind is <see cref="Postgres"/>.</summary>
    public TemporaryDatabase? Database { get; }

    public static async Task<LeaseStore> CreateAsync(string kind)
    {
        LeaseStore store;
        if (kind == Postgres)
        {
            var database = await TemporaryDatabase.CreateAsync();
            store = new LeaseStore(() => PostgresRecordStore.Create(database.ConnectionString), database, null);
        }
        else
        {
            var directory = Directory.CreateTempSubdirectory("crmsync-lease-").FullName;
            store = new LeaseStore(() => new SqliteRecordStore(Path.Combine(directory, "crmsync.db")), null, directory);
        }

        await store.Open().InitializeAsync(TestContext.Current.CancellationToken);
        return store;
    }

    /// <summary>A connector lock as a job of one process holds it, on its own clock.</summary>
    public static ConnectorLock Lock(IConnectorLeases leases, TimeProvider clock, TimeSpan expiry) =>
        new(leases, Options.Create(new CrmSyncOptions { LeaseExpiry = expiry }), clock, NullLogger<ConnectorLock>.Instance);

    /// <summary>Another store instance on the same database, as another process would open it.</summary>
    public IRecordStore Open()
    {
        var store = _open();
        _opened.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened.OfType<IAsyncDisposable>())
            await store.DisposeAsync();
        if (Database is not null)
            await Database.DisposeAsync();
        if (_directory is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
