using CrmSync.Worker.Jobs;

namespace CrmSync.AlertBudgetRun;

/// <summary>Prints one acceptance run as tables: the runs, per owner, the queue cleared, the ledger.</summary>
public static class ReportPrinter
{
    public static void Print(BudgetScenarioResult result, BudgetReport report, TextWriter o)
    {
        var s = result.Settings;
        o.WriteLine();
        o.WriteLine($"## {result.Crm}: {s.Records:N0} contacts, seed {s.Seed}, store {(s.PostgresConnectionString is null ? "SQLite" : "PostgreSQL")}, " +
            $"Alerts:Backlog {s.Backlog}, budgets {s.MaxNewTasksPerRun}/run, {s.MaxNewTasksPerOwnerPerDay}/owner/day, {s.MaxOpenTasksPerOwner} open/owner (sandbox set up in {result.SetUp.TotalSeconds:F0} s)");
        o.WriteLine();
        o.WriteLine("| Run | Day | Status | Seconds | Alerts raised | Created | Deferred by budget | Backlog | Resolved | API calls | Alert tasks in CRM |");
        o.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in result.Runs)
        {
            o.WriteLine($"| {r.Label} | {r.Day} | {r.Summary.Status} | {r.Summary.Seconds:F1} | {r.Summary.AlertCandidates.Count:N0} | {r.Count(CounterNames.AlertsCreated)} | " +
                $"{r.Count(CounterNames.AlertsDeferredByBudget):N0} | {r.Count(CounterNames.AlertsBacklog):N0} | {r.Count(CounterNames.AlertsResolved):N0} | " +
                $"{r.Count(CounterNames.ApiCalls):N0} | {r.Tasks.Count:N0} |");
        }

        o.WriteLine();
        o.WriteLine("Seconds per step: " + string.Join("; ", result.Runs.Select(r =>
            $"{r.Label} " + string.Join(", ", r.StepSeconds.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:F1}")))));
        o.WriteLine();
        o.WriteLine("| Owner | Created run 1 / 2 / 3 | Waiting after run 1 / 2 / 3 | Alert tasks in CRM | Last of run 1 (money / overrun / since / id) | First of run 2 | In order |");
        o.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var w in report.Owners)
        {
            o.WriteLine($"| {w.Owner} | {string.Join(" / ", w.Created)} | {string.Join(" / ", w.Waiting.Select(n => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))} | " +
                $"{w.TasksInCrm} | {w.LastOfRun1} | {w.FirstOfRun2} | {(w.InOrder ? "yes" : "NO")} |");
        }

        o.WriteLine();
        o.WriteLine($"Priority order within each run (no alert held by a budget outranks one created under the same limit): " +
            string.Join(", ", result.Runs.Select((r, i) => $"{r.Label} {report.Inversions[i].Count} inversions")));
        o.WriteLine($"Cleared before run 3: {result.ClosedDeals.Count} deals at the head of the queue closed won, {result.ClearedKeys.Count} waiting alerts on them; after run 3: {Join(report.ClearedOutcome)}");
        o.WriteLine($"Held after run 1 ({report.HeldAfterRun1.Values.Sum():N0}), where they are now: {Join(report.HeldAfterRun1)}");
        var l = report.Ledger;
        o.WriteLine($"Ledger of all {l.Fates.Count:N0} alerts raised: created once {l.Count(AlertFate.Created):N0}, waiting {l.Count(AlertFate.Waiting):N0}, " +
            $"backlog {l.Count(AlertFate.Backlog):N0}, in digest {l.Count(AlertFate.InDigest):N0}, pending {l.Count(AlertFate.Pending):N0}, " +
            $"resolved {l.Count(AlertFate.Resolved):N0}; lost {l.Count(AlertFate.Lost)}, created twice {l.CreatedTwice.Count}");
        foreach (var problem in l.Problems.Take(20))
            o.WriteLine($"  PROBLEM {problem}");
        foreach (var inversion in report.Inversions.SelectMany(i => i).Take(10))
            o.WriteLine($"  INVERSION {inversion}");
    }

    private static string Join(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value:N0}"));
}
