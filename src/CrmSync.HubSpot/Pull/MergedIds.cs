using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// Which ids a page says are gone: those a live record lists in <c>hs_merged_object_ids</c> (merged into it), and ids
/// a batch read was asked for that did not come back under their own id. An id the page holds as a live record is
/// never gone.
/// </summary>
internal static class MergedIds
{
    public static IReadOnlyList<string> Gone(IReadOnlyCollection<HsObject> live, IEnumerable<string>? missing = null)
    {
        HashSet<string>? gone = null;
        foreach (var record in live)
        {
            if (record.Properties?.GetValueOrDefault(HubSpotObjectProfile.MergedIdsProperty) is not { Length: > 0 } text)
                continue;
            foreach (var id in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                (gone ??= new HashSet<string>(StringComparer.Ordinal)).Add(id);
        }

        foreach (var id in missing ?? [])
            (gone ??= new HashSet<string>(StringComparer.Ordinal)).Add(id);
        if (gone is null)
            return [];
        foreach (var record in live)
            gone.Remove(record.Id);
        return [.. gone.Order(StringComparer.Ordinal)];
    }
}
