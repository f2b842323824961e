using System.Diagnostics;
using CrmSync.Core.Records;
using CrmSync.Storage;

namespace CrmSync.StoreBench;

/// <summary>Upsert, overwrite, stream back and reconcile a volume of realistic contacts; prints the times.</summary>
public static class StoreVolume
{
    private const string Connector = "hubspot";

    public static async Task MeasureAsync(IRecordStore store, int contactCount, TextWriter output)
    {
        var ct = CancellationToken.None;
        await store.InitializeAsync(ct);
        var contacts = Enumerable.Range(1, contactCount).Select(RealisticContact).ToList();

        var upsert = await TimeAsync(async () =>
        {
            foreach (var page in contacts.Chunk(100))
                await store.UpsertRecordsAsync(Connector, page, ct);
        });
        var overwrite = await TimeAsync(async () =>
        {
            foreach (var page in contacts.Chunk(200))
                await store.UpsertRecordsAsync(Connector, page, ct);
        });

        var read = 0;
        var readTime = await TimeAsync(async () =>
        {
            await foreach (var _ in store.ReadRecordsAsync(Connector, CrmObjectTypes.Contacts, includeArchived: false, ct))
                read++;
        });

        var liveIds = contacts.Skip(contactCount / 10).Select(c => c.Id).ToHashSet();
        var archived = 0;
        var archiveTime = await TimeAsync(async () =>
            archived = await store.ArchiveMissingAsync(Connector, CrmObjectTypes.Contacts, liveIds, ct));

        var millionIds = liveIds.Concat(Enumerable.Range(contactCount + 1, 1_000_000 - liveIds.Count).Select(i => i.ToString())).ToHashSet();
        var millionTime = await TimeAsync(async () =>
            await store.ArchiveMissingAsync(Connector, CrmObjectTypes.Contacts, millionIds, ct));

        output.WriteLine($"{store.GetType().Name}: upsert {contactCount:N0} new contacts in pages of 100: {upsert.TotalSeconds:F2} s " +
            $"({contactCount / upsert.TotalSeconds:N0}/s); overwrite in pages of 200: {overwrite.TotalSeconds:F2} s; " +
            $"read back {read:N0}: {readTime.TotalSeconds:F2} s; ArchiveMissing with {liveIds.Count:N0} ids ({archived:N0} archived): " +
            $"{archiveTime.TotalSeconds:F2} s; with {millionIds.Count:N0} ids: {millionTime.TotalSeconds:F2} s");
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
}
