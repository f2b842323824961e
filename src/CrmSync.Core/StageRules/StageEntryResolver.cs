using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.StageRules;

/// <summary>Finds when a deal entered its current stage (the start of the open visit).</summary>
public static class StageEntryResolver
{
    /// <returns>Null only when the deal has no current stage.</returns>
    public static StageEntry? Resolve(CrmRecord deal)
    {
        var stageId = deal.Get(CanonicalFields.Stage);
        if (string.IsNullOrWhiteSpace(stageId))
        {
            return null;
        }

        if (CrmTimestamp.Parse(deal.Get(CanonicalFields.StageEnteredAt(stageId))) is { } stageEntered)
        {
            return new StageEntry(stageEntered, StageEntrySource.StageCalculatedProperty);
        }

        if (CrmTimestamp.Parse(deal.Get(CanonicalFields.CurrentStageEnteredAt)) is { } currentEntered)
        {
            return new StageEntry(currentEntered, StageEntrySource.CurrentStageProperty);
        }

        if (LatestVisitStart(deal, stageId) is { } visitStart)
        {
            return new StageEntry(visitStart, StageEntrySource.History);
        }

        var created = CrmTimestamp.Parse(deal.Get(CanonicalFields.CreatedAt)) ?? deal.CreatedAt;
        return new StageEntry(created, StageEntrySource.CreateDate);
    }

    /// <summary>
    /// The start of the last run of history entries equal to the current stage. Consecutive entries with the same
    /// value are one visit (a re-save is not a re-entry). When the newest entry is another stage, the history does
    /// not describe the current visit (it is older than the current value) and is not used.
    /// </summary>
    private static DateTimeOffset? LatestVisitStart(CrmRecord deal, string stageId)
    {
        if (!deal.History.TryGetValue(CanonicalFields.Stage, out var history) || history.Count == 0)
        {
            return null;
        }

        // History is documented oldest first; sort anyway, keeping list order for equal timestamps.
        var newestFirst = history
            .Select((entry, index) => (entry, index))
            .OrderByDescending(e => e.entry.Timestamp)
            .ThenByDescending(e => e.index)
            .Select(e => e.entry);
        DateTimeOffset? start = null;
        foreach (var entry in newestFirst)
        {
            if (!string.Equals(entry.Value, stageId, StringComparison.Ordinal))
            {
                break;
            }

            start = entry.Timestamp;
        }

        return start;
    }
}
