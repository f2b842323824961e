using System.Globalization;
using CrmSync.Core.Records;

namespace CrmSync.Core.StageCriteria;

/// <summary>
/// Checks each move of a deal's stage history: a forward move whose exit criteria did not hold at that time (values
/// from the field histories where the record has them, else current values), skipped open stages, and moves back to
/// an earlier open stage. Leaving a closed stage is a reopen, not a regression; a move to a lost stage skips nothing;
/// a retired (inactive) stage is never skipped, and a move off or onto one has no order (no skip, no regression).
/// </summary>
internal static class TransitionChecks
{
    public static IEnumerable<RecordIssue> Check(
        CrmRecord deal, CrmPipeline pipeline, StageRuleBook rules, StageCriteriaOptions options, DateTimeOffset now)
    {
        var moves = StageMoves.Of(deal);
        for (var m = 0; m < moves.Count; m++)
        {
            var move = moves[m];
            var from = pipeline.FindStage(move.From);
            var to = pipeline.FindStage(move.To);
            if (from is null || to is null || from.IsClosed)
                continue;
            var ordered = from.IsActive && to.IsActive;
            var current = m == moves.Count - 1;
            var at = move.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
            var occurrence = $"{from.Id}>{to.Id}:{at}";
            var day = move.At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (ordered && !to.IsClosed && to.DisplayOrder < from.DisplayOrder)
            {
                if (options.ForbidBackward)
                    yield return new RecordIssue(StageCriteriaRules.StageRegression, occurrence, $"moved back from {from.Label} to {to.Label} on {day}", current);
                continue;
            }

            if ((ordered && to.DisplayOrder <= from.DisplayOrder) || (to.IsClosed && !to.IsWon))
                continue;
            var skipped = !ordered ? [] : pipeline.Stages
                .Where(s => !s.IsClosed && s.IsActive && s.DisplayOrder > from.DisplayOrder && s.DisplayOrder < to.DisplayOrder).ToList();
            if (options.ForbidSkipping && skipped.Count > 0)
            {
                yield return new RecordIssue(StageCriteriaRules.SkippedStage, occurrence,
                    $"skipped {string.Join(", ", skipped.Select(s => s.Label))} moving from {from.Label} to {to.Label} on {day}", current);
            }

            if (rules.ForDeal(pipeline, from) is not { Exit.Count: > 0 } fromRules)
                continue;
            var values = RecordValues.Of(deal, move.At, null, move.At);
            foreach (var criterion in fromRules.Exit.Where(c => !Holds(c, deal, values, move.At)))
            {
                yield return new RecordIssue(StageCriteriaRules.ExitCriteriaNotMet, $"{occurrence}:{criterion.Id}",
                    $"left {from.Label} for {to.Label} on {day} without its exit criterion: {criterion.Description}", current);
            }
        }
    }

    /// <summary>A criterion that cannot be evaluated on the record counts as not met (its message says why).</summary>
    internal static bool Holds(Criterion criterion, CrmRecord record, IReadOnlyDictionary<string, object?> values, DateTimeOffset now)
    {
        try
        {
            return criterion.Holds(record, values, now);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
