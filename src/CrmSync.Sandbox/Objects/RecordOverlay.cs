namespace CrmSync.Sandbox.Objects;

/// <summary>
/// What changed on a record since seeding, or the whole record when it was created through the API. Seeded records
/// nobody touched have no overlay at all.
/// </summary>
internal sealed class RecordOverlay
{
    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>History added after seeding, per property, oldest first.</summary>
    public Dictionary<string, List<HistoryEntry>> History { get; } = new(StringComparer.Ordinal);

    public long? CreatedMs { get; set; }

    public long? UpdatedMs { get; set; }

    public bool Archived { get; set; }

    public long? ArchivedMs { get; set; }

    public void Set(string property, string? value, HistoryEntry entry)
    {
        Values[property] = value;
        if (!History.TryGetValue(property, out var entries))
        {
            History[property] = entries = [];
        }

        entries.Add(entry);
    }
}
