using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// What a pulled page says beyond its records: ids that are gone (merged away or deleted in the CRM) and fresh
/// associations of records whose other fields were not re-read. Both change stored records only where they differ.
/// </summary>
public static class PulledPageChanges
{
    /// <returns>How many live stored records were archived.</returns>
    public static async Task<int> ArchiveGoneAsync(IRecordStore store, string connector, string objectType, IReadOnlyList<string> goneIds, CancellationToken ct)
    {
        var archived = new List<CrmRecord>();
        foreach (var id in goneIds)
        {
            if (await store.GetRecordAsync(connector, objectType, id, ct) is { Archived: false } record)
                archived.Add(record with { Archived = true });
        }

        if (archived.Count > 0)
            await store.UpsertRecordsAsync(connector, archived, ct);
        return archived.Count;
    }

    /// <returns>How many live stored records had associations that changed.</returns>
    public static async Task<int> ApplyAssociationsAsync(
        IRecordStore store, string connector, string objectType, IReadOnlyList<RecordAssociations> current, CancellationToken ct)
    {
        var changed = new List<CrmRecord>();
        foreach (var update in current)
        {
            if (await store.GetRecordAsync(connector, objectType, update.Id, ct) is not { Archived: false } record || Same(record.Associations, update.ByType))
                continue;
            var merged = new Dictionary<string, IReadOnlyList<string>>(record.Associations, StringComparer.Ordinal);
            foreach (var (type, ids) in update.ByType)
                merged[type] = ids;
            changed.Add(record with { Associations = merged });
        }

        if (changed.Count > 0)
            await store.UpsertRecordsAsync(connector, changed, ct);
        return changed.Count;
    }

    private static bool Same(IReadOnlyDictionary<string, IReadOnlyList<string>> stored, IReadOnlyDictionary<string, IReadOnlyList<string>> current) =>
        current.All(pair => stored.TryGetValue(pair.Key, out var ids) && ids.Count == pair.Value.Count && ids.ToHashSet(StringComparer.Ordinal).SetEquals(pair.Value));
}
