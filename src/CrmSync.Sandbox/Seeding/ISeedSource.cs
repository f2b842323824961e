using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Seeding;

/// <summary>Regenerates seeded records from their index (1-based) instead of storing them.</summary>
internal interface ISeedSource
{
    int Count { get; }

    /// <summary>The seeded value, or null when the record has none (or the property is not seeded).</summary>
    string? GetValue(long index, string property);

    /// <summary>Every seeded property with a value.</summary>
    void CopyValues(long index, IDictionary<string, string?> target);

    /// <summary>Appends the seeded history of one property, newest first.</summary>
    void AppendHistory(long index, string property, List<HistoryEntry> target);

    long CreatedMs(long index);

    long ModifiedMs(long index);
}
