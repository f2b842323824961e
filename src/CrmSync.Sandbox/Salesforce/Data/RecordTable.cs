using CrmSync.Sandbox.Salesforce.Schema;

namespace CrmSync.Sandbox.Salesforce.Data;

/// <summary>
/// All records of one sObject: numbers 1..Count, seeded ones regenerated from their source, every change kept in a
/// per-record overlay. Not thread-safe: callers hold the store lock.
/// </summary>
internal sealed class RecordTable(ObjectSchema schema, IRecordSource? seed, OrgStore store)
{
    private readonly Dictionary<int, Dictionary<string, object?>> overlays = [];
    private readonly HashSet<int> purged = [];
    private int last = seed?.Count ?? 0;

    public ObjectSchema Schema { get; } = schema;

    public int SeededCount { get; } = seed?.Count ?? 0;

    public int Count => last;

    /// <summary>Numbers of records that have an overlay (every created record, every changed seeded one).</summary>
    public IEnumerable<int> ChangedNumbers => overlays.Keys;

    public string IdOf(int number) => SalesforceId.Make(Schema.KeyPrefix, number);

    public bool Exists(int number) => number >= 1 && number <= last && !purged.Contains(number);

    public bool IsDeleted(int number) => Get(number, "IsDeleted") is true;

    /// <summary>Parses a 15/18-character id of this object; false when malformed, of another object or unknown.</summary>
    public bool TryParse(string? id, out int number)
    {
        number = 0;
        if (!SalesforceId.TryNormalize(id, out var canonical))
        {
            return false;
        }

        var n = SalesforceId.NumberOf(canonical, Schema.KeyPrefix);
        number = (int)Math.Clamp(n, -1, int.MaxValue);
        return Exists(number);
    }

    public object? Get(int number, string field)
    {
        if (field == "Id")
        {
            return IdOf(number);
        }

        if (ComputedFields.TryGet(this, number, field, store.NowMs, out var computed))
        {
            return computed;
        }

        if (overlays.TryGetValue(number, out var overlay) && overlay.TryGetValue(field, out var value))
        {
            return value;
        }

        return number <= SeededCount ? seed!.Get(number, field) : null;
    }

    public object? Get(int number, FieldDefinition field) => Get(number, field.Name);

    public int Insert(IReadOnlyDictionary<string, object?> values)
    {
        var number = ++last;
        overlays[number] = new Dictionary<string, object?>(values, StringComparer.Ordinal);
        store.Undo?.Add(() =>
        {
            overlays.Remove(number);
            if (last == number)
            {
                last--;
            }
            else
            {
                purged.Add(number);
            }
        });
        return number;
    }

    public void Set(int number, string field, object? value)
    {
        if (!overlays.TryGetValue(number, out var overlay))
        {
            overlays[number] = overlay = new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        var had = overlay.TryGetValue(field, out var previous);
        overlay[field] = value;
        store.Undo?.Add(() =>
        {
            if (had)
            {
                overlay[field] = previous;
            }
            else
            {
                overlay.Remove(field);
            }
        });
    }

    /// <summary>Empties the Recycle Bin: the record is gone for queryAll too (getDeleted then reports a later earliestDateAvailable).</summary>
    public void Purge(int number) => purged.Add(number);

    /// <summary>Live or deleted, never purged, in number order.</summary>
    public IEnumerable<int> Numbers()
    {
        for (var n = 1; n <= last; n++)
        {
            if (!purged.Contains(n))
            {
                yield return n;
            }
        }
    }
}
