using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Seeding;

/// <summary>A seed source whose properties are independent fields: each has one history entry, set at creation.</summary>
internal abstract class FieldSeedSource(string modifiedProperty, string sourceType) : ISeedSource
{
    public abstract int Count { get; }

    protected abstract IReadOnlyList<string> Properties { get; }

    public abstract string? GetValue(long index, string property);

    public abstract long CreatedMs(long index);

    public abstract long ModifiedMs(long index);

    public void CopyValues(long index, IDictionary<string, string?> target)
    {
        foreach (var property in Properties)
        {
            if (GetValue(index, property) is { } value)
            {
                target[property] = value;
            }
        }
    }

    public void AppendHistory(long index, string property, List<HistoryEntry> target)
    {
        if (GetValue(index, property) is { } value)
        {
            var at = property == modifiedProperty ? ModifiedMs(index) : CreatedMs(index);
            target.Add(new HistoryEntry(value, at, sourceType));
        }
    }
}
