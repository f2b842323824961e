using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Salesforce.Wire;

namespace CrmSync.Salesforce.Pull;

/// <summary>
/// An opportunity's stage history from its OpportunityHistory rows (salesforce-api.md §6.1): a row is written whenever
/// Amount, Probability, StageName or CloseDate changes, so only rows whose StageName differs from the row before are
/// stage transitions. Gives the canonical stage history (oldest first), <c>stage_entered_at:{stage}</c> = the latest
/// entry into that stage, and <c>current_stage_entered_at</c> = the start of the current visit (when the history
/// reaches the current stage).
/// </summary>
internal static class StageHistory
{
    public static IReadOnlyList<PropertyHistoryEntry> Transitions(IEnumerable<SfRecord> rows)
    {
        var transitions = new List<PropertyHistoryEntry>();
        string? previous = null;
        foreach (var row in rows.OrderBy(r => SalesforceDates.Parse(r.Get("CreatedDate")) ?? DateTimeOffset.MinValue))
        {
            var stage = row.Get("StageName");
            if (stage is null || string.Equals(stage, previous, StringComparison.Ordinal))
                continue;
            previous = stage;
            transitions.Add(new PropertyHistoryEntry(stage, SalesforceDates.Parse(row.Get("CreatedDate")) ?? DateTimeOffset.MinValue, "OpportunityHistory"));
        }

        return transitions;
    }

    /// <summary>The stage-derived keys asked for, as ISO 8601 (null when the history never entered the stage).</summary>
    public static void AddEntryDates(IReadOnlyList<PropertyHistoryEntry> transitions, string? currentStage, IReadOnlySet<string> keys, Dictionary<string, string?> into)
    {
        foreach (var key in keys)
        {
            var stage = key == CanonicalFields.CurrentStageEnteredAt ? currentStage
                : CanonicalFields.TryParseStageEnteredAt(key, out var id) ? id : null;
            var entered = stage is null ? null : transitions.LastOrDefault(t => t.Value == stage);
            // The current visit started at the latest entry only if the history ends in the current stage.
            if (key == CanonicalFields.CurrentStageEnteredAt && (transitions.Count == 0 || transitions[^1].Value != currentStage))
                entered = null;
            into[key] = entered?.Timestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
