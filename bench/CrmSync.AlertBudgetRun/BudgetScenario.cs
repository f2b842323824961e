using System.Diagnostics;
using CrmSync.Core.Alerts;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.AlertBudgetRun;

/// <summary>
/// The acceptance of issue 13 on one fake CRM: run 1 (the first run, within the budgets), run 2 the next day (the
/// next alerts in priority order), then a rep closes the deals at the head of the queue and run 3, a day later,
/// must drop their alerts from the queue. The worker and the fake CRM share a clock moved forward a day at a time.
/// </summary>
public static class BudgetScenario
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public static async Task<BudgetScenarioResult> RunAsync(BudgetRunSettings settings, Action<string> progress, CancellationToken ct)
    {
        var clock = new ShiftedClock();
        var start = Stopwatch.StartNew();
        var connector = settings.Crm == DemoCrm.Salesforce ? DemoSession.SalesforceConnector : DemoSession.Connector;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = settings.Records, Seed = settings.Seed, TimeProvider = clock },
            0, null, ct, settings.ConnectorSettings(connector), services => services.AddSingleton<TimeProvider>(clock), settings.Crm);
        IBudgetCrm crm = settings.Crm == DemoCrm.Salesforce ? new SalesforceBudgetCrm(demo.SalesforceOrg!.State) : new HubSpotBudgetCrm(demo.Sandbox.State);
        var setUp = start.Elapsed;
        progress($"{crm.Name}: {settings.Records:N0} contacts seeded in {setUp.TotalSeconds:F1} s");
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();
        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        using var steps = new StepTimer();

        async Task<BudgetRunResult> RunAsync(string label, int day)
        {
            steps.Take();
            var summary = await runner.RunAsync(crm.Connector, JobNames.Pipeline, dryRun: false, null, ct);
            var result = new BudgetRunResult(label, day, summary, await store.GetAlertsAsync(crm.Connector, ct), crm.ListAlertTasks(), steps.Take());
            progress($"{crm.Name} {label}: {summary.Status} in {summary.Seconds:F1} s, {result.Count(CounterNames.AlertsCreated)} tasks created");
            return result;
        }

        var first = await RunAsync("run 1", 0);
        clock.Advance(Day);
        var second = await RunAsync("run 2", 1);
        var (deals, cleared) = HeadOfQueue(second, settings.DealsToClose, new AlertPriorityOrder(AlertOptions.DefaultPriority));
        foreach (var deal in deals)
            crm.CloseDealAsWon(deal);
        clock.Advance(Day);
        var third = await RunAsync("run 3", 2);
        return new BudgetScenarioResult(crm.Name, settings, [first, second, third], deals, cleared, setUp);
    }

    /// <summary>The deals of the most urgent alerts still waiting after <paramref name="run"/>, and those waiting alerts' keys.</summary>
    private static (IReadOnlyList<string> Deals, IReadOnlyList<string> Keys) HeadOfQueue(BudgetRunResult run, int count, AlertPriorityOrder order)
    {
        var waiting = run.States.Where(s => s.Status == AlertStatus.Deferred && s.ObjectType == "deals")
            .Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var deals = run.Summary.AlertCandidates.Where(c => waiting.Contains(c.Key)).Order(order)
            .Select(c => c.RecordId).Distinct(StringComparer.Ordinal).Take(count).ToHashSet(StringComparer.Ordinal);
        var keys = run.States.Where(s => s.IsHeld && s.ObjectType == "deals" && deals.Contains(s.RecordId)).Select(s => s.Key).ToList();
        return (deals.ToList(), keys);
    }
}
