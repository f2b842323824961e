using CrmSync.Storage.Postgres;
using CrmSync.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "crmsync-storage-tests", Guid.NewGuid().ToString("N"), "data");

    [Fact]
    public async Task AddCrmSyncStorage_NoConnectionString_ResolvesSqliteStoreThatCreatesItsDirectory()
    {
        using var provider = new ServiceCollection()
            .AddCrmSyncStorage(new StorageOptions { DataDirectory = _dataDirectory, SqliteFileName = "state.db" })
            .BuildServiceProvider();

        var store = Assert.IsType<SqliteRecordStore>(provider.GetRequiredService<IRecordStore>());
        await store.InitializeAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(_dataDirectory, "state.db"), store.FilePath);
        Assert.True(File.Exists(store.FilePath));
        Assert.Same(store, provider.GetRequiredService<IRecordStore>());
    }

    [Fact]
    public void AddCrmSyncStorage_ConnectionString_ResolvesPostgresStoreWithoutConnecting()
    {
        using var provider = new ServiceCollection()
            .AddCrmSyncStorage(new StorageOptions { PostgresConnectionString = "Host=127.0.0.1;Port=1;Username=u;Password=p;Database=d" })
            .BuildServiceProvider();

        Assert.IsType<PostgresRecordStore>(provider.GetRequiredService<IRecordStore>());
    }

    [Fact]
    public void AddCrmSyncStorage_MalformedConnectionString_ThrowsNamingOptionWithoutTheSecret()
    {
        var options = new StorageOptions { PostgresConnectionString = "Host=db;Password=s3cr3t-value;Bogus Setting=1" };

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddCrmSyncStorage(options));

        Assert.Contains("StorageOptions.PostgresConnectionString", error.Message);
        Assert.DoesNotContain("s3cr3t-value", error.ToString());
    }

    [Fact]
    public void AddCrmSyncStorage_EmptySqliteFileName_ThrowsNamingOption()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddCrmSyncStorage(new StorageOptions { DataDirectory = _dataDirectory, SqliteFileName = " " }));

        Assert.Contains("StorageOptions.SqliteFileName", error.Message);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var root = Path.GetDirectoryName(_dataDirectory)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
