using CrmSync.Core.Connectors;

namespace CrmSync.Core.WriteBack;

/// <summary>
/// The write-back of one object type for one run. <see cref="Updates"/> holds every record whose fingerprint
/// differs; one with no <see cref="PlannedUpdate.Changes"/> only had a stale stored fingerprint: nothing is sent,
/// but its state is saved again.
/// </summary>
/// <param name="Unchanged">Live records whose fingerprint matches what was last written.</param>
/// <param name="SkippedNotLive">Records with values or written state that are archived or missing: not written.</param>
public sealed record WritePlan(string ObjectType, IReadOnlyList<PlannedUpdate> Updates, int Unchanged, int SkippedNotLive)
{
    public bool IsEmpty => Updates.Count == 0;

    /// <summary>Records that need a CRM call.</summary>
    public int RecordsToSend => Updates.Count(u => u.Changes.Count > 0);

    public int PropertiesSet => Updates.Sum(u => u.Changes.Count(c => c.NewValue is not null));

    public int PropertiesCleared => Updates.Sum(u => u.Changes.Count(c => c.NewValue is null));

    /// <summary>The requests for <c>ICrmConnector.UpdateAsync</c>: changed properties only.</summary>
    public IReadOnlyList<RecordUpdate> ToRecordUpdates() =>
        Updates.Where(u => u.Changes.Count > 0).Select(u => u.ToRecordUpdate()).ToList();

    /// <summary>
    /// The states to save after the write: the records the CRM accepted plus the state-only refreshes.
    /// Failed records keep their old state, so the next run plans them again.
    /// </summary>
    public IReadOnlyList<WrittenState> StatesToSave(IEnumerable<string> succeededRecordIds)
    {
        var succeeded = succeededRecordIds.ToHashSet(StringComparer.Ordinal);
        return Updates
            .Where(u => u.Changes.Count == 0 || succeeded.Contains(u.RecordId))
            .Select(u => u.ToWrittenState())
            .ToList();
    }

    /// <summary>One line of counts, e.g. for a dry-run report.</summary>
    public string Summary =>
        $"{ObjectType}: {RecordsToSend} to update ({PropertiesSet} set, {PropertiesCleared} cleared), " +
        $"{Unchanged} unchanged, {Updates.Count - RecordsToSend} state-only, {SkippedNotLive} skipped (archived or missing)";

    /// <summary>One line per change, <c>deals 512 crmsync_days_in_stage: 12 → 13</c>, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<string> DescribeChanges(int max = int.MaxValue) =>
        Updates
            .SelectMany(u => u.Changes.Select(c => $"{ObjectType} {u.RecordId} {c.Property}: {Show(c.OldValue)} → {Show(c.NewValue)}"))
            .Take(max)
            .ToList();

    private static string Show(string? value) => value is null ? "(empty)" : $"\"{value}\"";
}
