using CrmSync.Core.Records;

namespace CrmSync.Storage.Tests.Contract;

public abstract partial class RecordStoreContractTests
{
    [Fact]
    public async Task ArchiveMissingAsync_SomeIdsMissing_ArchivesOnlyMissingLiveRecords()
    {
        await Store.UpsertRecordsAsync(Connector,
            [
                TestRecords.Contact("1", "a@x.com"), TestRecords.Contact("2", "b@x.com"),
                TestRecords.Contact("3", "c@x.com"), TestRecords.Contact("4", "d@x.com", archived: true),
            ],
            Ct);

        var archived = await Store.ArchiveMissingAsync(Connector, CrmObjectTypes.Contacts, new HashSet<string> { "1", "3", "99" }, Ct);

        Assert.Equal(1, archived);
        var live = await Store.ReadRecordsAsync(Connector, CrmObjectTypes.Contacts, includeArchived: false, Ct).ToListAsync(Ct);
        Assert.Equal(["1", "3"], live.Select(r => r.Id));
        Assert.True((await Store.GetRecordAsync(Connector, CrmObjectTypes.Contacts, "2", Ct))!.Archived);
    }

    [Fact]
    public async Task ArchiveMissingAsync_ThousandsOfIds_ArchivesExactlyTheAbsentOnes()
    {
        var records = TestRecords.Contacts(5_000).ToList();
        foreach (var page in records.Chunk(200))
        {
            await Store.UpsertRecordsAsync(Connector, page, Ct);
        }

        var liveIds = records.Where((_, i) => i % 5 != 0).Select(r => r.Id)
            .Concat(Enumerable.Range(100_000, 1_000).Select(i => i.ToString()))
            .ToHashSet();

        var archived = await Store.ArchiveMissingAsync(Connector, CrmObjectTypes.Contacts, liveIds, Ct);

        Assert.Equal(1_000, archived);
        Assert.Equal(4_000, await Store.CountRecordsAsync(Connector, CrmObjectTypes.Contacts, Ct));
        Assert.True((await Store.GetRecordAsync(Connector, CrmObjectTypes.Contacts, "1", Ct))!.Archived);
        Assert.False((await Store.GetRecordAsync(Connector, CrmObjectTypes.Contacts, "2", Ct))!.Archived);
    }

    [Fact]
    public async Task ArchiveMissingAsync_CalledAgainWithFewerIds_UsesOnlyTheNewIds()
    {
        await Store.UpsertRecordsAsync(Connector,
            [TestRecords.Contact("a", "a@x.com"), TestRecords.Contact("b", "b@x.com"), TestRecords.Contact("c", "c@x.com")], Ct);

        var first = await Store.ArchiveMissingAsync(Connector, CrmObjectTypes.Contacts, new HashSet<string> { "a", "b" }, Ct);
        var second = await Store.ArchiveMissingAsync(Connector, CrmObjectTypes.Contacts, new HashSet<string> { "a" }, Ct);
        var third = await Store.ArchiveMissingAsync(Connector, CrmObjectTypes.Contacts, new HashSet<string> { "a" }, Ct);

        Assert.Equal((1, 1, 0), (first, second, third));
        Assert.Equal(1, await Store.CountRecordsAsync(Connector, CrmObjectTypes.Contacts, Ct));
    }

    [Fact]
    public async Task ArchiveMissingAsync_OtherConnectorAndObjectType_LeftUntouched()
    {
        var otherConnector = TestRecords.NewConnector();
        var deal = TestRecords.RichDeal("1");
        await Store.UpsertRecordsAsync(Connector, [TestRecords.Contact("1", "a@x.com"), deal], Ct);
        await Store.UpsertRecordsAsync(otherConnector, [TestRecords.Contact("1", "a@x.com")], Ct);

        var archived = await Store.ArchiveMissingAsync(Connector, CrmObjectTypes.Contacts, new HashSet<string>(), Ct);

        Assert.Equal(1, archived);
        Assert.Equal(1, await Store.CountRecordsAsync(Connector, CrmObjectTypes.Deals, Ct));
        Assert.Equal(1, await Store.CountRecordsAsync(otherConnector, CrmObjectTypes.Contacts, Ct));
    }
}
