using CrmSync.Storage.Tests.Fixtures;

namespace CrmSync.Storage.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IRecordStore"/> must have; one derived class per implementation runs it.
/// Tests share the fixture's store and keep apart by a connector name of their own.
/// </summary>
public abstract partial class RecordStoreContractTests(IStoreFixture fixture)
{
    protected IRecordStore Store => fixture.Store;

    protected string Connector { get; } = TestRecords.NewConnector();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PingAsync_InitializedStore_ReturnsTrue()
    {
        Assert.True(await Store.PingAsync(Ct));
    }

    [Fact]
    public async Task InitializeAsync_CalledAgain_KeepsData()
    {
        await Store.UpsertRecordsAsync(Connector, [TestRecords.Contact("1", "a@example.com")], Ct);
        await Store.SetCursorAsync(Connector, "contacts", "cursor-1", Ct);

        await Store.InitializeAsync(Ct);
        await Store.InitializeAsync(Ct);

        Assert.Equal(1, await Store.CountRecordsAsync(Connector, "contacts", Ct));
        Assert.Equal("cursor-1", await Store.GetCursorAsync(Connector, "contacts", Ct));
    }

    [Fact]
    public async Task InitializeAsync_TwoReplicasAtOnceOnEmptyDatabase_BothSucceed()
    {
        var openReplica = await fixture.CreateFreshDatabaseAsync();
        var first = openReplica();
        var second = openReplica();

        await Task.WhenAll(first.InitializeAsync(Ct), second.InitializeAsync(Ct));

        await first.UpsertRecordsAsync(Connector, [TestRecords.Contact("1", "a@example.com")], Ct);
        Assert.Equal(1, await second.CountRecordsAsync(Connector, "contacts", Ct));
    }

    /// <summary>An initialized store on a database of its own, for tests that look across connectors.</summary>
    protected async Task<IRecordStore> CreateInitializedFreshStoreAsync()
    {
        var store = (await fixture.CreateFreshDatabaseAsync())();
        await store.InitializeAsync(Ct);
        return store;
    }
}
