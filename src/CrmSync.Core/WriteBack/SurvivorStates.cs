namespace CrmSync.Core.WriteBack;

/// <summary>
/// A write sent to a record the CRM merged away lands on the survivor (the CRM answers it under the survivor's id),
/// overwriting the survivor's values with the merged-away record's. What CrmSync last wrote to the survivor is then
/// those values: saving them as its written state makes the next run diff against what the CRM really holds and
/// rewrite the survivor's own values.
/// </summary>
public static class SurvivorStates
{
    /// <param name="plan">The plan that was sent.</param>
    /// <param name="aliases">Sent id → answering survivor id (<c>WriteOutcome.Aliases</c>).</param>
    /// <param name="written">The written state the plan was made from.</param>
    /// <param name="succeeded">Ids the CRM accepted in this write.</param>
    /// <returns>One state per survivor, to save after <see cref="WritePlan.StatesToSave"/>.</returns>
    public static IReadOnlyList<WrittenState> For(
        WritePlan plan, IReadOnlyDictionary<string, string> aliases, IReadOnlyDictionary<string, WrittenState> written, IEnumerable<string> succeeded)
    {
        if (aliases.Count == 0)
            return [];
        var saved = plan.StatesToSave(succeeded).ToDictionary(s => s.RecordId, StringComparer.Ordinal);
        var updates = plan.Updates.ToDictionary(u => u.RecordId, StringComparer.Ordinal);
        var survivors = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal);
        foreach (var (sentId, survivorId) in aliases.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (sentId == survivorId || !updates.TryGetValue(sentId, out var update))
                continue;
            if (!survivors.TryGetValue(survivorId, out var values))
            {
                var before = saved.GetValueOrDefault(survivorId)?.Values ?? written.GetValueOrDefault(survivorId)?.Values;
                survivors[survivorId] = values = before is null
                    ? new Dictionary<string, string?>(StringComparer.Ordinal)
                    : new Dictionary<string, string?>(before, StringComparer.Ordinal);
            }

            foreach (var change in update.Changes)
            {
                if (change.NewValue is null)
                    values.Remove(change.Property);
                else
                    values[change.Property] = change.NewValue;
            }
        }

        return survivors
            .Select(s => new WrittenState(plan.ObjectType, s.Key, ValueFingerprint.Compute(s.Value), s.Value))
            .ToList();
    }
}
