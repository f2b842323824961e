using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Search;

/// <summary>
/// Finds matching ids by scanning the table (seeded values are regenerated, so there is no index to keep).
/// Paging re-sends the same query with a new offset: the last match list per type is cached until the table changes,
/// so only a query's first page pays for the scan. hs_object_id range filters narrow the scan itself.
/// </summary>
internal sealed class SearchEngine
{
    private readonly Dictionary<ObjectKind, (string Key, long Version, long[] Ids)> cache = [];

    /// <remarks>
    /// With <see cref="SandboxOptions.SearchIndexLag"/>, records created less than the lag ago are not indexed yet: left
    /// out, and nothing is cached (the answer changes with the clock alone).
    /// </remarks>
    public long[] Match(SandboxStore store, ObjectTable table, SearchRequest request)
    {
        var lagMs = (long)store.Options.SearchIndexLag.TotalMilliseconds;
        if (lagMs == 0 && cache.TryGetValue(table.Type.Kind, out var cached) && cached.Key == request.CacheKey && cached.Version == table.Version)
        {
            return cached.Ids;
        }

        var indexedUpTo = store.NowMs - lagMs;

        var (low, high) = IdBounds(request);
        var searchable = SearchableProperties(table.Type.Kind);
        var matches = new List<long>();
        for (var id = Math.Max(low, table.FirstId); id <= Math.Min(high, table.LastId); id++)
        {
            if (table.Exists(id) && (lagMs == 0 || table.CreatedMs(id) <= indexedUpTo) && Matches(table, id, request, searchable))
            {
                matches.Add(id);
            }
        }

        var ids = matches.ToArray();
        if (request.SortProperty is { } sort && !(sort == "hs_object_id" && !request.Descending))
        {
            var kind = SearchValues.KindOf(store.Properties.Find(table.Type.Kind, sort)!.Type);
            ids = Sorted(table, ids, sort, kind, request.Descending);
        }

        if (lagMs == 0)
        {
            cache[table.Type.Kind] = (request.CacheKey, table.Version, ids);
        }

        return ids;
    }

    private static bool Matches(ObjectTable table, long id, SearchRequest request, IReadOnlyList<string> searchable)
    {
        if (!string.IsNullOrWhiteSpace(request.Query)
            && !searchable.Any(p => table.GetValue(id, p)?.Contains(request.Query.Trim(), StringComparison.OrdinalIgnoreCase) == true))
        {
            return false;
        }

        if (request.Groups.Count == 0)
        {
            return true;
        }

        foreach (var group in request.Groups)
        {
            var all = true;
            foreach (var filter in group)
            {
                if (!filter.Matches(table.GetValue(id, filter.Property)))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static (long Low, long High) IdBounds(SearchRequest request)
    {
        if (request.Groups.Count != 1)
        {
            return (long.MinValue, long.MaxValue);
        }

        var low = long.MinValue;
        var high = long.MaxValue;
        foreach (var filter in request.Groups[0].Where(f => f.Property == "hs_object_id"))
        {
            var (filterLow, filterHigh) = filter.IdBounds();
            low = Math.Max(low, filterLow);
            high = Math.Min(high, filterHigh);
        }

        return (low, high);
    }

    /// <summary>Stable: ties and missing values keep id order; missing values sort last in both directions.</summary>
    private static long[] Sorted(ObjectTable table, long[] ids, string property, FilterValueKind kind, bool descending)
    {
        var texts = ids.Select(id => table.GetValue(id, property)).ToArray();
        var numbers = texts.Select(t => SearchValues.TryNumber(t, kind, out var n) && kind != FilterValueKind.Text ? n : (decimal?)null).ToArray();
        var order = Enumerable.Range(0, ids.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var aMissing = string.IsNullOrEmpty(texts[a]);
            var bMissing = string.IsNullOrEmpty(texts[b]);
            if (aMissing || bMissing)
            {
                return aMissing == bMissing ? ids[a].CompareTo(ids[b]) : aMissing ? 1 : -1;
            }

            var compared = numbers[a] is { } x && numbers[b] is { } y
                ? x.CompareTo(y)
                : string.Compare(texts[a], texts[b], StringComparison.OrdinalIgnoreCase);
            compared = descending ? -compared : compared;
            return compared != 0 ? compared : ids[a].CompareTo(ids[b]);
        });
        return order.Select(i => ids[i]).ToArray();
    }

    private static IReadOnlyList<string> SearchableProperties(ObjectKind kind) => kind switch
    {
        ObjectKind.Contacts => ["firstname", "lastname", "email", "phone", "company"],
        ObjectKind.Companies => ["name", "domain", "phone"],
        ObjectKind.Deals => ["dealname"],
        ObjectKind.Tasks => ["hs_task_subject"],
        _ => ["hs_note_body"],
    };
}
