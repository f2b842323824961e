using System.Diagnostics;
using CrmSync.Core.Records;
using CrmSync.Storage.Tests.Fixtures;

namespace CrmSync.Storage.Tests.Measurements;

/// <summary>
/// Volume figures for the report (100k contacts, 1M reconcile ids). Explicit: too slow for every CI run;
/// run with <c>dotnet test --project tests/CrmSync.Storage.Tests -- --explicit only</c>.
/// </summary>
public abstract class StoreThroughputMeasurements(IStoreFixture fixture)
{
    private const int ContactCount = 100_000;
    private const string Connector = "hubspot";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Explicit = true)]
    public async Task Volume_100kContactsUpsertReadArchive_AllRecordsAccountedFor()
    {
        var store = (await fixture.CreateFreshDatabaseAsync())();
        await store.InitializeAsync(Ct);
        var contacts = Enumerable.Range(1, ContactCount).Select(RealisticContact).ToList();

        var upsert = await TimeAsync(async () =>
        {
            foreach (var page in contacts.Chunk(100))
            {
                await store.UpsertRecordsAsync(Connector, page, Ct);
            }
        });
        var overwrite = await TimeAsync(async () =>
        {
            foreach (var page in contacts.Chunk(200))
            {
                await store.UpsertRecordsAsync(Connector, page, Ct);
            }
        });

        var read = 0;
        var readTime = await TimeAsync(async () =>
        {
            await foreach (var _ in store.ReadRecordsAsync(Connector, CrmObjectTypes.Contacts, includeArchived: false, Ct))
            {
                read++;
            }
        });

        var liveIds = contacts.Skip(ContactCount / 10).Select(c => c.Id).ToHashSet();
        var archived = 0;
        var archiveTime = await TimeAsync(async () =>
            archived = await store.ArchiveMissingAsync(Connector, CrmObjectTypes.Contacts, liveIds, Ct));

        var millionIds = liveIds.Concat(Enumerable.Range(ContactCount + 1, 1_000_000 - liveIds.Count).Select(i => i.ToString())).ToHashSet();
        var archivedAgain = -1;
        var millionTime = await TimeAsync(async () =>
            archivedAgain = await store.ArchiveMissingAsync(Connector, CrmObjectTypes.Contacts, millionIds, Ct));

        Report($"{store.GetType().Name}: upsert {ContactCount:N0} new contacts in pages of 100: {upsert.TotalSeconds:F2}s " +
            $"({ContactCount / upsert.TotalSeconds:N0}/s); overwrite in pages of 200: {overwrite.TotalSeconds:F2}s; " +
            $"read back {read:N0}: {readTime.TotalSeconds:F2}s; ArchiveMissing with {liveIds.Count:N0} ids: {archiveTime.TotalSeconds:F2}s; " +
            $"with {millionIds.Count:N0} ids: {millionTime.TotalSeconds:F2}s");
        Assert.Equal(ContactCount, read);
        Assert.Equal(ContactCount / 10, archived);
        Assert.Equal(0, archivedAgain);
        Assert.Equal(ContactCount - ContactCount / 10, await store.CountRecordsAsync(Connector, CrmObjectTypes.Contacts, Ct));
    }

    private static CrmRecord RealisticContact(int i)
    {
        var created = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i * 7);
        return new CrmRecord(CrmObjectTypes.Contacts, i.ToString(), new Dictionary<string, string?>
        {
            ["email"] = $"person{i}@example{i % 97}.com",
            ["firstname"] = $"First{i % 1000}",
            ["lastname"] = $"Last{i % 5000}",
            ["phone"] = $"+49 30 {i:D8}",
            ["company"] = $"Company {i % 3000} GmbH",
            ["jobtitle"] = "Head of Operations",
            ["city"] = "Berlin",
            ["country"] = "Germany",
            ["lifecyclestage"] = i % 3 == 0 ? "customer" : "lead",
            ["hs_lead_status"] = null,
            ["createdate"] = created.ToString("O"),
            ["lastmodifieddate"] = created.AddDays(30).ToString("O"),
        }, created, created.AddDays(30))
        {
            Associations = new Dictionary<string, IReadOnlyList<string>> { [CrmObjectTypes.Companies] = [$"{i % 3000}"] },
        };
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var stopwatch = Stopwatch.StartNew();
        await action();
        return stopwatch.Elapsed;
    }

    private static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.Error.WriteLine(line);
    }
}
