using CrmSync.Core.Alerts;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Core.StageRules;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Cli;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>Alert budgets, priority and the first run's backlog on the HubSpot sandbox, checked against the CRM and the store.</summary>
[Collection(HostCollection.Name)]
public class AlertBudgetEndToEndTests(ITestOutputHelper output)
{
    private const string Alerts = $"CrmSync:Connectors:{DemoSession.Connector}:Alerts";

    private static Dictionary<string, string?> Budget(int perRun, int perOwnerDay) => new()
    {
        [$"{Alerts}:Budget:MaxNewTasksPerRun"] = $"{perRun}",
        [$"{Alerts}:Budget:MaxNewTasksPerOwnerPerDay"] = $"{perOwnerDay}",
    };

    [Fact]
    public async Task Budget_FirstRunWithinTheBudget_SecondRunTheNextInPriorityOrder_ClearedConditionLeavesTheQueue_NothingTwiceNothingLost()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1000, Seed = 21 }, 0, null, ct, Budget(perRun: 12, perOwnerDay: 10_000));
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();
        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        var order = new AlertPriorityOrder(AlertOptions.DefaultPriority);

        var first = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct);
        var afterFirst = await store.GetAlertsAsync(DemoSession.Connector, ct);
        var deferred = afterFirst.Where(s => s.Status == AlertStatus.Deferred).ToList();
        // Clear one waiting stage-age condition: the rep closes the deal.
        var cleared = deferred.First(s => s.AlertType == StageAgeAnalyzer.AlertType);
        // Closed won in the deal's own pipeline (the sandbox seeds a default and an enterprise pipeline).
        var won = demo.Sandbox.State.GetPropertyValue("deals", cleared.RecordId, "pipeline") == "default" ? "closedwon" : "93485725";
        demo.Sandbox.State.UpdateAsUser("deals", cleared.RecordId, new Dictionary<string, string?> { ["dealstage"] = won });
        var second = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct, forceFullPull: true);
        var next = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, dryRun: true, null, ct);
        var afterSecond = await store.GetAlertsAsync(DemoSession.Connector, ct);

        output.WriteLine($"first run: {first.Counts[CounterNames.AlertsCreated]} created, {first.Counts[CounterNames.AlertsDeferredByBudget]} deferred");
        Assert.Equal(12, first.Counts[CounterNames.AlertsCreated]);
        Assert.Equal(deferred.Count, first.Counts[CounterNames.AlertsDeferredByBudget]);
        Assert.All(deferred, s => Assert.Contains("MaxNewTasksPerRun (12)", s.Reason));
        Assert.Equal(12, second.Counts[CounterNames.AlertsCreated]);
        // Priority order across runs: every task of run 1 comes before every task of run 2, and those before the next.
        Assert.All(first.PlannedAlerts, a => Assert.All(second.PlannedAlerts, b => Assert.True(order.Compare(a, b) < 0, $"{a.Key} before {b.Key}")));
        Assert.All(second.PlannedAlerts, a => Assert.All(next.PlannedAlerts, b => Assert.True(order.Compare(a, b) < 0, $"{a.Key} before {b.Key}")));
        var stageAge = first.PlannedAlerts.Where(a => a.AlertType == StageAgeAnalyzer.AlertType).ToList();
        Assert.Equal(stageAge.OrderByDescending(a => a.MoneyAtRisk).Select(a => a.Key), stageAge.Select(a => a.Key));
        // The cleared condition left the queue: resolved, never a task.
        var gone = afterSecond.Single(s => s.Key == cleared.Key);
        Assert.Equal((AlertStatus.Resolved, null), (gone.Status, gone.TaskId));
        Assert.DoesNotContain(second.PlannedAlerts, a => a.Key == cleared.Key);
        // Nothing created twice; every alert of run 1 is a task, still waiting, or resolved.
        var tasks = demo.Sandbox.State.ListTasks();
        var keys = tasks.Select(t => t.Properties["crmsync_alert_key"]).ToList();
        Assert.Equal(24, tasks.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(afterFirst, s => Assert.Contains(afterSecond, t => t.Key == s.Key
            && (t.Status == AlertStatus.Deferred || t.Status == AlertStatus.Resolved || (t.Status == AlertStatus.Open && keys.Contains(t.Key)))));
    }

    [Fact]
    public async Task Budget_PerOwnerPerDay_NoOwnerGetsMoreThanTheBudget_TheRestWaitsWithItsReason()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1000, Seed = 22 }, 0, null, ct, Budget(perRun: 10_000, perOwnerDay: 3));
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();

        var run = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct);
        var again = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct);

        var perOwner = demo.Sandbox.State.ListTasks().GroupBy(t => t.OwnerId ?? "(none)").ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine(string.Join(", ", perOwner.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"owner {p.Key}: {p.Value}")));
        Assert.All(perOwner.Values, count => Assert.InRange(count, 1, 3));
        Assert.Equal(run.Counts[CounterNames.AlertsCreated], perOwner.Values.Sum());
        Assert.True(run.Counts[CounterNames.AlertsDeferredByBudget] > 0);
        Assert.Equal(0, again.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        Assert.Equal(run.Counts[CounterNames.AlertsDeferredByBudget], again.Counts[CounterNames.AlertsDeferredByBudget]);
        var lines = run.AlertBudget;
        Assert.Equal(run.Counts[CounterNames.AlertsCreated], lines.Sum(l => l.Created));
        Assert.All(lines.GroupBy(l => l.Owner), g => Assert.InRange(g.Sum(l => l.Created), 0, 3));
    }

    [Fact]
    public async Task Backlog_DefaultHold_FirstRunCreatesNoTask_CountsTheBacklog_DryRunShowsItPerOwnerAndType()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 600, Seed = 23 }, 0, null, ct,
            new Dictionary<string, string?> { [$"{Alerts}:Backlog"] = "Hold" });
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();
        var store = demo.App.Services.GetRequiredService<IRecordStore>();

        var dry = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, dryRun: true, null, ct);
        var first = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct);
        var second = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct);
        var text = new StringWriter();
        SummaryPrinter.PrintText(dry, text);

        Assert.Empty(demo.Sandbox.State.ListTasks());
        Assert.True(first.Counts[CounterNames.ValuesWritten] > 0);
        var backlog = first.Counts[CounterNames.AlertsBacklog];
        Assert.Equal(first.Counts[CounterNames.AlertCandidates], backlog);
        Assert.Equal(backlog, second.Counts[CounterNames.AlertsBacklog]);
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        var states = await store.GetAlertsAsync(DemoSession.Connector, ct);
        Assert.Equal(backlog, states.Count(s => s.Status == AlertStatus.Backlog && s.Reason!.Contains("Alerts:Backlog is Hold")));
        Assert.Equal(backlog, dry.AlertBudget.Sum(l => l.Backlog));
        Assert.Contains("Alerts by owner and type", text.ToString());
        Assert.Contains(dry.AlertBudget, l => l.AlertType == StageAgeAnalyzer.AlertType && l.Backlog > 0);
        output.WriteLine(text.ToString().Split("Planned alerts")[^1]);
    }
}
