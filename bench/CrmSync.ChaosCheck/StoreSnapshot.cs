using System.Text.Json;
using CrmSync.Core.Records;
using CrmSync.Storage.Sqlite;

namespace CrmSync.ChaosCheck;

/// <summary>
/// Everything a worker's SQLite store holds of the CRM after a pull: every record of every type (archived too) with
/// its properties, associations, history and timestamps, plus the owners and pipelines documents, each as one
/// canonical JSON text (keys and associated ids sorted) keyed <c>{type}/{id}</c>.
/// </summary>
internal sealed record StoreSnapshot(IReadOnlyDictionary<string, string> Entries)
{
    public static readonly string[] ObjectTypes = [CrmObjectTypes.Contacts, CrmObjectTypes.Leads, CrmObjectTypes.Companies, CrmObjectTypes.Deals];
    private static readonly string[] Documents = ["owners", $"pipelines:{CrmObjectTypes.Deals}"];

    public static async Task<StoreSnapshot> ReadAsync(string storeFile, string connector)
    {
        var store = new SqliteRecordStore(storeFile);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in ObjectTypes)
        {
            await foreach (var record in store.ReadRecordsAsync(connector, type, includeArchived: true, CancellationToken.None))
                entries[$"{type}/{record.Id}"] = Canonical(record);
        }

        foreach (var key in Documents)
            entries[$"document/{key}"] = await store.GetDocumentAsync(connector, key, CancellationToken.None) ?? "(none)";
        return new StoreSnapshot(entries);
    }

    private static string Canonical(CrmRecord record) => JsonSerializer.Serialize(new
    {
        record.Archived,
        record.CreatedAt,
        record.UpdatedAt,
        Properties = new SortedDictionary<string, string?>(record.Properties.ToDictionary(), StringComparer.Ordinal),
        Associations = new SortedDictionary<string, string[]>(
            record.Associations.ToDictionary(a => a.Key, a => a.Value.Order(StringComparer.Ordinal).ToArray()), StringComparer.Ordinal),
        History = new SortedDictionary<string, string[]>(
            record.History.ToDictionary(h => h.Key, h => h.Value.Select(e => $"{e.Timestamp:O} {e.Value}").ToArray()), StringComparer.Ordinal),
    });
}
