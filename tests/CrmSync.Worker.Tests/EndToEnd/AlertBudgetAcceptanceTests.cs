using CrmSync.AlertBudgetRun;
using CrmSync.Core.Alerts;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Tests.Postgres;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// Issue 13's acceptance at CI size (bench/CrmSync.AlertBudgetRun runs it at 50,000 contacts), on both CRMs and the
/// real PostgreSQL store: the first run stays within every budget, the next day's run creates the next alerts in
/// priority order, alerts a rep clears leave the queue, and every alert raised is created once, waiting or resolved.
/// </summary>
[Collection(HostCollection.Name)]
public class AlertBudgetAcceptanceTests(ITestOutputHelper output)
{
    private const int PerRun = 40;
    private const int PerOwnerDay = 5;
    private const int OpenCap = 10;

    [Theory]
    [InlineData(DemoCrm.HubSpot)]
    [InlineData(DemoCrm.Salesforce)]
    public async Task ThreeDays_WithinBudgets_NextInPriorityOrder_ClearedLeaveTheQueue_NothingLostNothingTwice(DemoCrm crm)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TemporaryDatabase.CreateAsync();
        var settings = new BudgetRunSettings(crm, Records: 3_000, Seed: 13, database.ConnectionString, BacklogMode.Tasks,
            PerRun, PerOwnerDay, OpenCap, DealsToClose: 5);

        var result = await BudgetScenario.RunAsync(settings, output.WriteLine, ct);
        var report = BudgetReport.Of(result);
        var text = new StringWriter();
        ReportPrinter.Print(result, report, text);
        output.WriteLine(text.ToString());

        var runs = result.Runs;
        Assert.All(runs, r => Assert.Equal(RunStatus.Succeeded, r.Summary.Status));
        // More work than the budgets allow, so that every run has to choose.
        Assert.All(runs, r => Assert.True(r.Count(CounterNames.AlertsDeferredByBudget) > 0, $"{r.Label} deferred nothing"));
        foreach (var run in runs)
        {
            Assert.InRange(run.Count(CounterNames.AlertsCreated), 1, PerRun);
            Assert.Equal(run.Count(CounterNames.AlertsCreated), run.Summary.PlannedAlerts.Count);
            // Each run is a new UTC day: no owner gets more than the daily budget from it, nor more open tasks than the cap.
            Assert.All(run.Summary.PlannedAlerts.GroupBy(c => DigestKeys.OwnerPart(c.OwnerId)), g => Assert.InRange(g.Count(), 1, PerOwnerDay));
            Assert.All(run.States.Where(s => s.Status is AlertStatus.Open or AlertStatus.Pending).GroupBy(s => DigestKeys.OwnerPart(s.OwnerId)),
                g => Assert.InRange(g.Count(), 1, OpenCap));
        }

        // Every limit bound somewhere: the run budget, an owner's day, an owner's open cap (run 3, after two days of tasks).
        Assert.Contains(runs[0].States, s => s.Reason?.Contains("MaxNewTasksPerRun") == true);
        Assert.Contains(runs.SelectMany(r => r.States), s => s.Reason?.Contains("MaxNewTasksPerOwnerPerDay") == true);
        Assert.Contains(runs[2].States, s => s.Reason?.Contains("MaxOpenTasksPerOwner") == true);
        Assert.All(report.Inversions, i => Assert.Empty(i));
        Assert.All(report.Owners, o => Assert.True(o.InOrder, $"owner {o.Owner}: run 2's first {o.FirstOfRun2} before run 1's last {o.LastOfRun1}"));
        // Run 2 created alerts that run 1 had held back, not only new ones.
        var heldInRun1 = runs[0].States.Where(s => s.Status == AlertStatus.Deferred).Select(s => s.Key).ToHashSet();
        Assert.Contains(runs[1].Summary.PlannedAlerts, c => heldInRun1.Contains(c.Key));

        // The rep closed the deals at the head of the queue: their waiting alerts were resolved, none got a task.
        Assert.NotEmpty(result.ClearedKeys);
        Assert.Equal(new Dictionary<string, int> { [nameof(AlertStatus.Resolved)] = result.ClearedKeys.Count }, report.ClearedOutcome);
        Assert.DoesNotContain(runs[2].Tasks, t => result.ClearedKeys.Contains(t.AlertKey));

        // The ledger: every alert raised is created once, waiting, or resolved; none lost, none twice.
        Assert.Empty(report.Ledger.Problems);
        Assert.Empty(report.Ledger.CreatedTwice);
        Assert.Equal(runs.Sum(r => r.Count(CounterNames.AlertsCreated)), report.Ledger.Count(AlertFate.Created) + ResolvedWithTask(runs));
        Assert.DoesNotContain(nameof(AlertFate.Lost), report.HeldAfterRun1.Keys);
        Assert.Contains("created in run 2", report.HeldAfterRun1.Keys);
    }

    /// <summary>Alerts created in some run whose condition cleared later: their task stays in the CRM, the alert is resolved.</summary>
    private static int ResolvedWithTask(IReadOnlyList<BudgetRunResult> runs) =>
        runs[^1].States.Count(s => s.Status == AlertStatus.Resolved && s.TaskId is not null);
}
