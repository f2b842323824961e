using CrmSync.Core.Alerts;
using CrmSync.Core.Alerts.Budgets;

namespace CrmSync.AlertBudgetRun;

/// <summary>
/// Every alert any run raised, accounted for after the last run: created once (one CRM task with its key, the one the
/// store names), waiting, backlog, in a digest, pending, or resolved because its condition cleared. Anything else is
/// a problem: lost, created twice, a task the store does not know.
/// </summary>
public sealed record AlertLedger(
    IReadOnlyDictionary<string, AlertFate> Fates,
    IReadOnlyList<string> CreatedTwice,
    IReadOnlyList<string> Problems)
{
    public int Count(AlertFate fate) => Fates.Values.Count(f => f == fate);

    public static AlertLedger Of(IReadOnlyList<BudgetRunResult> runs)
    {
        var last = runs[^1];
        var holding = last.Summary.AlertCandidates.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var known = runs.SelectMany(r => r.Summary.AlertCandidates).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var states = last.States.Where(s => s.AlertType != DigestKeys.AlertType).ToDictionary(s => s.Key, StringComparer.Ordinal);
        var tasks = last.Tasks.Where(t => !t.AlertKey.StartsWith(DigestKeys.AlertType, StringComparison.Ordinal))
            .GroupBy(t => t.AlertKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var problems = new List<string>();
        var fates = new Dictionary<string, AlertFate>(StringComparer.Ordinal);
        foreach (var key in known.Order(StringComparer.Ordinal))
        {
            var state = states.GetValueOrDefault(key);
            var fate = Judge(holding.Contains(key), state, tasks.GetValueOrDefault(key) ?? []);
            fates[key] = fate;
            if (fate == AlertFate.Lost)
                problems.Add($"{key}: condition {(holding.Contains(key) ? "holds" : "cleared")}, stored {state?.Status.ToString() ?? "nothing"}, {tasks.GetValueOrDefault(key)?.Count ?? 0} task(s) in the CRM");
        }

        var twice = tasks.Where(t => t.Value.Count > 1).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
        problems.AddRange(twice.Select(k => $"{k}: {tasks[k].Count} tasks in the CRM"));
        problems.AddRange(tasks.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).Select(k => $"{k}: a task no run raised"));
        var createdByRuns = runs.Sum(r => r.Count(Worker.Jobs.CounterNames.AlertsCreated));
        if (createdByRuns != tasks.Values.Sum(t => t.Count))
            problems.Add($"the runs counted {createdByRuns} tasks created, the CRM holds {tasks.Values.Sum(t => t.Count)} alert tasks");
        return new AlertLedger(fates, twice, problems);
    }

    private static AlertFate Judge(bool holds, AlertState? state, IReadOnlyList<CrmAlertTask> tasks)
    {
        if (tasks.Count > 1)
            return AlertFate.Lost;
        if (!holds)
        {
            // A cleared condition leaves the queue; a task created earlier for it stays in the CRM (one, at most).
            var hasItsTask = tasks.Count == 0 || tasks[0].TaskId == state?.TaskId;
            return state?.Status == AlertStatus.Resolved && hasItsTask ? AlertFate.Resolved : AlertFate.Lost;
        }

        return state?.Status switch
        {
            AlertStatus.Open when state.TaskId is not null && tasks.Count == 1 && tasks[0].TaskId == state.TaskId => AlertFate.Created,
            AlertStatus.Deferred when tasks.Count == 0 => AlertFate.Waiting,
            AlertStatus.Backlog when tasks.Count == 0 => AlertFate.Backlog,
            AlertStatus.Digested when tasks.Count == 0 => AlertFate.InDigest,
            AlertStatus.Pending => AlertFate.Pending,
            _ => AlertFate.Lost,
        };
    }
}
