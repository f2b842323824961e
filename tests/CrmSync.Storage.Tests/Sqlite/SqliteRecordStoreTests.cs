using CrmSync.Core.Records;
using CrmSync.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CrmSync.Storage.Tests.Sqlite;

/// <summary>SQLite-only behaviour; the shared behaviour is in the contract tests.</summary>
public sealed class SqliteRecordStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "crmsync-storage-tests", Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InitializeAsync_NewFile_CreatesDirectoryAndUsesWalJournal()
    {
        var store = new SqliteRecordStore(Path.Combine(_directory, "nested", "crmsync.db"));

        await store.InitializeAsync(Ct);

        await using var connection = new SqliteConnection($"Data Source={store.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task PingAsync_DirectoryMissing_ReturnsFalse()
    {
        var store = new SqliteRecordStore(Path.Combine(_directory, "missing", "crmsync.db"));

        Assert.False(await store.PingAsync(Ct));
    }

    [Fact]
    public async Task UpsertRecordsAsync_TwoInstancesWritingAtOnce_BothCommit()
    {
        var path = Path.Combine(_directory, "shared.db");
        var first = new SqliteRecordStore(path);
        var second = new SqliteRecordStore(path);
        await first.InitializeAsync(Ct);

        await Task.WhenAll(
            Task.Run(() => WritePagesAsync(first, "a"), Ct),
            Task.Run(() => WritePagesAsync(second, "b"), Ct));

        Assert.Equal(2_000, await first.CountRecordsAsync("hubspot", CrmObjectTypes.Contacts, Ct));
    }

    private static async Task WritePagesAsync(IRecordStore store, string prefix)
    {
        foreach (var page in TestRecords.Contacts(1_000, prefix).Chunk(100))
        {
            await store.UpsertRecordsAsync("hubspot", page, Ct);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
