using CrmSync.Core.Records;

namespace CrmSync.Storage.Tests.Contract;

public abstract partial class RecordStoreContractTests
{
    [Fact]
    public async Task UpsertRecordsAsync_NewRecord_GetReturnsPropertiesAssociationsAndHistory()
    {
        var deal = TestRecords.RichDeal("501");

        await Store.UpsertRecordsAsync(Connector, [deal], Ct);

        RecordAssert.Same(deal, await Store.GetRecordAsync(Connector, CrmObjectTypes.Deals, "501", Ct));
    }

    [Fact]
    public async Task UpsertRecordsAsync_ExistingRecord_OverwritesEveryField()
    {
        await Store.UpsertRecordsAsync(Connector, [TestRecords.RichDeal("501")], Ct);
        var changed = new CrmRecord(CrmObjectTypes.Deals, "501", new Dictionary<string, string?> { ["dealname"] = "Renamed" },
            TestRecords.Created.AddDays(-1), TestRecords.Updated.AddDays(3), Archived: true);

        await Store.UpsertRecordsAsync(Connector, [changed], Ct);

        var stored = await Store.GetRecordAsync(Connector, CrmObjectTypes.Deals, "501", Ct);
        RecordAssert.Same(changed, stored);
        Assert.Empty(stored!.Associations);
        Assert.Empty(stored.History);
    }

    [Fact]
    public async Task UpsertRecordsAsync_SameIdTwiceInOneBatch_LastOneWins()
    {
        await Store.UpsertRecordsAsync(Connector,
            [TestRecords.Contact("7", "old@example.com"), TestRecords.Contact("8", "x@example.com"), TestRecords.Contact("7", "new@example.com")],
            Ct);

        Assert.Equal(2, await Store.CountRecordsAsync(Connector, CrmObjectTypes.Contacts, Ct));
        Assert.Equal("new@example.com", (await Store.GetRecordAsync(Connector, CrmObjectTypes.Contacts, "7", Ct))!.Get("email"));
    }

    [Fact]
    public async Task UpsertRecordsAsync_EmptyBatch_StoresNothing()
    {
        await Store.UpsertRecordsAsync(Connector, [], Ct);

        Assert.Equal(0, await Store.CountRecordsAsync(Connector, CrmObjectTypes.Contacts, Ct));
    }

    [Fact]
    public async Task UpsertRecordsAsync_RecordWithoutId_ThrowsNamingIndexAndConnector()
    {
        CrmRecord[] batch = [TestRecords.Contact("1", "a@example.com"), TestRecords.Contact("", "b@example.com")];

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.UpsertRecordsAsync(Connector, batch, Ct));

        Assert.Contains("index 1", error.Message);
        Assert.Contains(Connector, error.Message);
        Assert.Equal(0, await Store.CountRecordsAsync(Connector, CrmObjectTypes.Contacts, Ct));
    }

    [Fact]
    public async Task UpsertRecordsAsync_MixedObjectTypesWithSameId_StoresEachUnderItsType()
    {
        var company = new CrmRecord(CrmObjectTypes.Companies, "42", new Dictionary<string, string?> { ["name"] = "Acme" },
            TestRecords.Created, TestRecords.Updated);

        await Store.UpsertRecordsAsync(Connector, [TestRecords.Contact("42", "a@example.com"), company], Ct);

        Assert.Equal("Acme", (await Store.GetRecordAsync(Connector, CrmObjectTypes.Companies, "42", Ct))!.Get("name"));
        Assert.Equal("a@example.com", (await Store.GetRecordAsync(Connector, CrmObjectTypes.Contacts, "42", Ct))!.Get("email"));
    }

    [Fact]
    public async Task UpsertRecordsAsync_OffsetAndMicrosecondTimestamps_ReturnSameInstantInUtc()
    {
        var created = new DateTimeOffset(2023, 12, 31, 23, 59, 59, TimeSpan.FromHours(-8)).AddTicks(1_234_560);
        var updated = new DateTimeOffset(2024, 1, 1, 9, 30, 0, TimeSpan.FromHours(5.5)).AddTicks(10);
        var record = TestRecords.Contact("9", "t@example.com") with { CreatedAt = created, UpdatedAt = updated };

        await Store.UpsertRecordsAsync(Connector, [record], Ct);

        var stored = await Store.GetRecordAsync(Connector, CrmObjectTypes.Contacts, "9", Ct);
        Assert.Equal(created.UtcTicks, stored!.CreatedAt.UtcTicks);
        Assert.Equal(updated.UtcTicks, stored.UpdatedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
    }

    [Fact]
    public async Task UpsertRecordsAsync_NulCharacterInValues_StoresReplacementCharacter()
    {
        var record = TestRecords.Contact("5", "a\0b@example.com") with
        {
            History = new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>>
            {
                ["email"] = [new("old\0", TestRecords.Created)],
            },
        };

        await Store.UpsertRecordsAsync(Connector, [record], Ct);

        var stored = await Store.GetRecordAsync(Connector, CrmObjectTypes.Contacts, "5", Ct);
        Assert.Equal("a\uFFFDb@example.com", stored!.Get("email"));
        Assert.Equal("old\uFFFD", stored.History["email"][0].Value);
    }

    [Fact]
    public async Task ReadRecordsAsync_LiveOnly_ExcludesArchivedInOrdinalIdOrder()
    {
        await Store.UpsertRecordsAsync(Connector,
            [TestRecords.Contact("9", "a@x.com"), TestRecords.Contact("10", "b@x.com", archived: true), TestRecords.Contact("100", "c@x.com")],
            Ct);

        var live = await Store.ReadRecordsAsync(Connector, CrmObjectTypes.Contacts, includeArchived: false, Ct).ToListAsync(Ct);
        var all = await Store.ReadRecordsAsync(Connector, CrmObjectTypes.Contacts, includeArchived: true, Ct).ToListAsync(Ct);

        Assert.Equal(["100", "9"], live.Select(r => r.Id));
        Assert.Equal(["10", "100", "9"], all.Select(r => r.Id));
        Assert.True(all.Single(r => r.Id == "10").Archived);
    }

    [Fact]
    public async Task ReadRecordsAsync_ManyPagesUpserted_StreamsEveryRecordOnce()
    {
        var records = TestRecords.Contacts(1_000, idPrefix: "p").ToList();
        foreach (var page in records.Chunk(150))
        {
            await Store.UpsertRecordsAsync(Connector, page, Ct);
        }

        var read = new List<string>();
        await foreach (var record in Store.ReadRecordsAsync(Connector, CrmObjectTypes.Contacts, includeArchived: false, Ct))
        {
            read.Add(record.Id);
        }

        Assert.Equal(records.Select(r => r.Id).Order(StringComparer.Ordinal), read);
        Assert.Empty(await Store.ReadRecordsAsync(Connector, CrmObjectTypes.Deals, includeArchived: true, Ct).ToListAsync(Ct));
    }

    [Fact]
    public async Task ReadRecordsAsync_CancelledWhileStreaming_ThrowsAndStoreStaysUsable()
    {
        await Store.UpsertRecordsAsync(Connector, TestRecords.Contacts(300).ToList(), Ct);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Store.ReadRecordsAsync(Connector, CrmObjectTypes.Contacts, includeArchived: false, cancellation.Token))
            {
                seen++;
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal(1, seen);
        Assert.Equal(300, await Store.CountRecordsAsync(Connector, CrmObjectTypes.Contacts, Ct));
    }

    [Fact]
    public async Task GetRecordAsync_UnknownId_ReturnsNull()
    {
        await Store.UpsertRecordsAsync(Connector, [TestRecords.Contact("1", "a@example.com")], Ct);

        Assert.Null(await Store.GetRecordAsync(Connector, CrmObjectTypes.Contacts, "2", Ct));
        Assert.Null(await Store.GetRecordAsync(Connector, CrmObjectTypes.Deals, "1", Ct));
    }

    [Fact]
    public async Task CountRecordsAsync_SomeArchived_CountsLiveRecordsOnly()
    {
        await Store.UpsertRecordsAsync(Connector,
            [TestRecords.Contact("1", "a@x.com"), TestRecords.Contact("2", "b@x.com", archived: true), TestRecords.Contact("3", "c@x.com")],
            Ct);

        Assert.Equal(2, await Store.CountRecordsAsync(Connector, CrmObjectTypes.Contacts, Ct));
    }

    [Fact]
    public async Task UpsertRecordsAsync_ArchivedRecordReturnsLive_IsLiveAgain()
    {
        await Store.UpsertRecordsAsync(Connector, [TestRecords.Contact("1", "a@x.com")], Ct);
        await Store.ArchiveMissingAsync(Connector, CrmObjectTypes.Contacts, new HashSet<string>(), Ct);

        await Store.UpsertRecordsAsync(Connector, [TestRecords.Contact("1", "a@x.com")], Ct);

        Assert.False((await Store.GetRecordAsync(Connector, CrmObjectTypes.Contacts, "1", Ct))!.Archived);
    }
}
