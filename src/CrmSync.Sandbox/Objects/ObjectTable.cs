using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Objects;

/// <summary>
/// All records of one object type. Ids are contiguous (IdBase + 1 ..): seeded records first, API-created ones after.
/// Reads merge the seed with the record's overlay. Not thread-safe: callers hold the store lock.
/// </summary>
internal sealed class ObjectTable(ObjectTypeInfo type, ISeedSource? seed)
{
    private readonly Dictionary<long, RecordOverlay> overlays = [];
    private readonly SortedSet<long> archived = [];
    private readonly Dictionary<long, long> mergedInto = [];
    private long lastIndex = seed?.Count ?? 0;

    public ObjectTypeInfo Type { get; } = type;

    public int SeededCount { get; } = seed?.Count ?? 0;

    /// <summary>Bumped on every write, so cached search results know when they are stale.</summary>
    public long Version { get; private set; }

    public long FirstId => Type.IdBase + 1;

    public long LastId => Type.IdBase + lastIndex;

    public int ArchivedCount => archived.Count;

    public IReadOnlyCollection<long> ArchivedIds => archived;

    public bool TryParseId(string? text, out long id) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id)
        && id >= FirstId && id <= LastId;

    public bool Exists(long id, bool archivedOnly = false) =>
        id >= FirstId && id <= LastId && archived.Contains(id) == archivedOnly;

    /// <summary>Records that a merge archived <paramref name="id"/> into <paramref name="survivor"/>: the old id now resolves to it.</summary>
    public void SetSurvivor(long id, long survivor)
    {
        Version++;
        mergedInto[id] = survivor;
    }

    /// <summary>The live record an id stands for: itself, or the survivor of the merges it went through.</summary>
    public long Resolve(long id)
    {
        for (var hops = 0; hops < 64 && archived.Contains(id) && mergedInto.TryGetValue(id, out var next); hops++)
        {
            id = next;
        }

        return id;
    }

    public string? GetValue(long id, string property)
    {
        if (overlays.TryGetValue(id, out var overlay) && overlay.Values.TryGetValue(property, out var value))
        {
            return value;
        }

        return IsSeeded(id) ? seed!.GetValue(id - Type.IdBase, property) : null;
    }

    public Dictionary<string, string?> GetAllValues(long id)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (IsSeeded(id))
        {
            seed!.CopyValues(id - Type.IdBase, values);
        }

        if (overlays.TryGetValue(id, out var overlay))
        {
            foreach (var (name, value) in overlay.Values)
            {
                values[name] = value;
            }
        }

        return values;
    }

    /// <summary>Newest first.</summary>
    public List<HistoryEntry> GetHistory(long id, string property)
    {
        var entries = new List<HistoryEntry>();
        if (overlays.TryGetValue(id, out var overlay) && overlay.History.TryGetValue(property, out var added))
        {
            for (var i = added.Count - 1; i >= 0; i--)
            {
                entries.Add(added[i]);
            }
        }

        if (IsSeeded(id))
        {
            seed!.AppendHistory(id - Type.IdBase, property, entries);
        }

        return entries;
    }

    public long CreatedMs(long id) =>
        overlays.TryGetValue(id, out var overlay) && overlay.CreatedMs is { } created ? created : seed!.CreatedMs(id - Type.IdBase);

    public long UpdatedMs(long id) =>
        overlays.TryGetValue(id, out var overlay) && overlay.UpdatedMs is { } updated ? updated : seed!.ModifiedMs(id - Type.IdBase);

    public long? ArchivedMs(long id) => overlays.TryGetValue(id, out var overlay) ? overlay.ArchivedMs : null;

    /// <summary>The overlay to write into; marks the table changed.</summary>
    public RecordOverlay Edit(long id)
    {
        Version++;
        if (!overlays.TryGetValue(id, out var overlay))
        {
            overlays[id] = overlay = new RecordOverlay();
        }

        return overlay;
    }

    public long Create(long nowMs)
    {
        var id = Type.IdBase + ++lastIndex;
        var overlay = Edit(id);
        overlay.CreatedMs = nowMs;
        overlay.UpdatedMs = nowMs;
        return id;
    }

    public void Archive(long id, long nowMs)
    {
        var overlay = Edit(id);
        overlay.Archived = true;
        overlay.ArchivedMs = nowMs;
        archived.Add(id);
    }

    private bool IsSeeded(long id) => id - Type.IdBase <= SeededCount;
}
