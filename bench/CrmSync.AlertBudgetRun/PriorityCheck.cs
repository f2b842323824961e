using CrmSync.Core.Alerts;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Core.Analysis;

namespace CrmSync.AlertBudgetRun;

/// <summary>
/// Whether a run created its tasks in priority order: no alert a budget held back outranks one created in the same
/// run that the same limit applied to (the run budget: any created alert; an owner's limit: that owner's).
/// </summary>
public static class PriorityCheck
{
    /// <summary>Each pair (created, held back) the wrong way round, described; empty when the order held.</summary>
    public static IReadOnlyList<string> Inversions(BudgetRunResult run, IComparer<AlertCandidate> order)
    {
        var candidates = run.Summary.AlertCandidates.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var created = run.Summary.PlannedAlerts;
        var inversions = new List<string>();
        foreach (var held in run.States.Where(s => s.Status == AlertStatus.Deferred && s.Reason?.StartsWith("budget:", StringComparison.Ordinal) == true))
        {
            if (!candidates.TryGetValue(held.Key, out var candidate))
                continue;
            var owner = DigestKeys.OwnerPart(held.OwnerId);
            var runWide = held.Reason!.Contains(nameof(AlertBudgetOptions.MaxNewTasksPerRun), StringComparison.Ordinal);
            var outranked = created.Where(c => (runWide || DigestKeys.OwnerPart(c.OwnerId) == owner) && order.Compare(c, candidate) > 0);
            inversions.AddRange(outranked.Select(c => $"{held.Key} waits ({held.Reason}) but ranks before {c.Key}, created"));
        }

        return inversions;
    }

    /// <summary>The priority values an order compares, for the printout: money at risk / overrun / since / record id.</summary>
    public static string Describe(AlertCandidate c) =>
        $"{(c.MoneyAtRisk is { } m ? m.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-")} / " +
        $"{(c.Overrun is { } o ? o.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "-")} / " +
        $"{(c.Since is { } s ? s.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "-")} / {c.RecordId}";
}
