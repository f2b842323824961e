using CrmSync.Core.Alerts;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Core.Analysis;

namespace CrmSync.AlertBudgetRun;

/// <summary>The figures of one acceptance: per owner, the ledger, the fate of what run 1 held back, the cleared alerts.</summary>
/// <param name="HeldAfterRun1">Run 1's held alerts by where they stand at the end ("created in run 2", a ledger fate, ...).</param>
/// <param name="ClearedOutcome">The cleared alerts by their state after run 3 (with "task created" if any got one).</param>
/// <param name="Inversions">Per run, pairs the gate took out of priority order.</param>
public sealed record BudgetReport(
    IReadOnlyList<OwnerFigures> Owners,
    AlertLedger Ledger,
    IReadOnlyDictionary<string, int> HeldAfterRun1,
    IReadOnlyDictionary<string, int> ClearedOutcome,
    IReadOnlyList<IReadOnlyList<string>> Inversions)
{
    public static BudgetReport Of(BudgetScenarioResult result)
    {
        var order = new AlertPriorityOrder(AlertOptions.DefaultPriority);
        var runs = result.Runs;
        var ledger = AlertLedger.Of(runs);
        var createdIn = runs.Select(r => r.Summary.PlannedAlerts.Select(c => c.Key).ToHashSet(StringComparer.Ordinal)).ToList();
        var heldAfterRun1 = runs[0].States.Where(s => s.IsHeld)
            .GroupBy(s => createdIn.FindIndex(1, keys => keys.Contains(s.Key)) is var i and > 0 ? $"created in {runs[i].Label}" : ledger.Fates[s.Key].ToString())
            .ToDictionary(g => g.Key, g => g.Count());
        var final = runs[^1].States.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var cleared = result.ClearedKeys
            .GroupBy(k => createdIn[^1].Contains(k) ? "task created" : final.GetValueOrDefault(k)?.Status.ToString() ?? "none")
            .ToDictionary(g => g.Key, g => g.Count());
        return new BudgetReport(PerOwner(runs, order), ledger, heldAfterRun1, cleared, runs.Select(r => PriorityCheck.Inversions(r, order)).ToList());
    }

    private static List<OwnerFigures> PerOwner(IReadOnlyList<BudgetRunResult> runs, AlertPriorityOrder order)
    {
        var raisedInRun1 = runs[0].Summary.AlertCandidates.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        // Overrun grows a little every day: run 1's last is compared with run 2's first by their values in run 2.
        var inRun2 = runs[1].Summary.AlertCandidates.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var owners = runs.SelectMany(r => r.States).Select(s => DigestKeys.OwnerPart(s.OwnerId))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var figures = new List<OwnerFigures>();
        foreach (var owner in owners)
        {
            List<AlertCandidate> Created(BudgetRunResult r) => r.Summary.PlannedAlerts.Where(c => DigestKeys.OwnerPart(c.OwnerId) == owner).Order(order).ToList();
            var last1 = Created(runs[0]).LastOrDefault();
            var first2 = Created(runs[1]).FirstOrDefault();
            var isNew = first2 is not null && !raisedInRun1.Contains(first2.Key);
            figures.Add(new OwnerFigures(owner,
                runs.Select(r => Created(r).Count).ToList(),
                runs.Select(r => r.States.Count(s => s.Status == AlertStatus.Deferred && DigestKeys.OwnerPart(s.OwnerId) == owner)).ToList(),
                runs[^1].Tasks.Count(t => DigestKeys.OwnerPart(t.OwnerId) == owner),
                last1 is null ? "-" : PriorityCheck.Describe(last1),
                first2 is null ? "-" : PriorityCheck.Describe(first2) + (isNew ? " (new)" : ""),
                last1 is null || first2 is null || isNew || order.Compare(inRun2.GetValueOrDefault(last1.Key, last1), first2) <= 0));
        }

        return figures;
    }
}
