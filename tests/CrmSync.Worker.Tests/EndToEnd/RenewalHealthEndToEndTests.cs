using CrmSync.Core.Health;
using CrmSync.Core.Renewals;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// Issue 10 points 4–5 on the HubSpot sandbox seeded with the renewal and health cases: every planted case raises
/// exactly its alerts, each with one task (and no other company is due for renewal); a second run writes and creates
/// nothing; extending a contract and logging activity (as a user) clear their alerts and complete their tasks.
/// </summary>
[Collection(HostCollection.Name)]
public class RenewalHealthEndToEndTests
{
    private const string Prefix = $"CrmSync:Connectors:{DemoSession.Connector}";
    private static readonly string[] Only = [RenewalAnalyzer.AnalyzerName, HealthScoreAnalyzer.AnalyzerName];

    /// <summary>The configuration docs/sandbox.md gives for the planted cases (the analyzers' defaults otherwise).</summary>
    private static Dictionary<string, string?> Configuration() => new()
    {
        // The sandbox's search index has no lag: the incremental pull may read up to now (the user's fixes below).
        [$"{Prefix}:IndexLag"] = "00:00:00",
        [$"{Prefix}:CompanyContractEndField"] = "contract_end_date",
        [$"{Prefix}:Renewals:Enabled"] = "true",
        [$"{Prefix}:HealthScore:Enabled"] = "true",
    };

    [Fact]
    public async Task PlantedCases_AlertOnceWithTheirTask_SecondRunIdle_FixesCompleteTheTasks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 100, Seed = 11, RenewalCases = true }, 0, null, ct, Configuration());
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();
        var state = demo.Sandbox.State;
        var planted = state.PlantedRenewalCases;
        var plantedIds = planted.Select(p => p.CompanyId).ToHashSet(StringComparer.Ordinal);
        var expected = planted.SelectMany(p => p.AlertTypes.Select(t => (p.CompanyId, t))).Order().ToList();
        Assert.Contains(expected, e => e.t == RenewalAnalyzer.AlertType);
        Assert.Contains(expected, e => e.t == HealthScoreAnalyzer.AlertType);

        var first = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct, only: Only);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        // Planted ↔ reported, both ways; seeded companies have no contract end, so no other renewal is due.
        var tasks = CompanyTasks(state);
        Assert.Equal(expected, tasks.Where(t => plantedIds.Contains(t.CompanyId)).Select(t => (t.CompanyId, t.AlertType)).Order().ToList());
        Assert.DoesNotContain(tasks, t => t.AlertType == RenewalAnalyzer.AlertType && !plantedIds.Contains(t.CompanyId));
        Assert.All(tasks, t => Assert.Equal("NOT_STARTED", t.Task.Status));

        var due = planted.Single(p => p.Case == "renewal due").CompanyId;
        var dueTask = Assert.Single(tasks, t => t.CompanyId == due);
        var contractEnd = state.GetPropertyValue("companies", due, "contract_end_date")![..10];
        Assert.Equal($"renewal_approaching:companies:{due}:{contractEnd}", dueTask.Key);
        Assert.StartsWith(contractEnd, state.GetPropertyValue("companies", due, "crmsync_renewal_due_date"));
        Assert.Equal("72", state.GetPropertyValue("companies", due, "crmsync_health_score"));
        Assert.Equal("renewal in 60 days without renewal deal (−13); no open deal (−15)", state.GetPropertyValue("companies", due, "crmsync_health_reasons"));
        var unhealthy = planted.Single(p => p.Case == "unhealthy").CompanyId;
        Assert.Equal("25", state.GetPropertyValue("companies", unhealthy, "crmsync_health_score"));
        Assert.Equal("no activity 90 days (−35); champion no longer associated (−25); no open deal (−15)",
            state.GetPropertyValue("companies", unhealthy, "crmsync_health_reasons"));
        Assert.Equal("100", state.GetPropertyValue("companies", planted.Single(p => p.Case == "healthy").CompanyId, "crmsync_health_score"));

        var second = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct, only: Only);

        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.ValuesWritten));
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        Assert.Equal(tasks.Count, CompanyTasks(state).Count);

        // The customer renewed for a year; the unhealthy account's CSM logged a call.
        var extended = DateTimeOffset.UtcNow.AddDays(400).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        state.UpdateAsUser("companies", due, new Dictionary<string, string?> { ["contract_end_date"] = extended });
        state.UpdateAsUser("companies", unhealthy, new Dictionary<string, string?> { ["notes_last_updated"] = DateTimeOffset.UtcNow.ToString("O") });

        var third = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct, only: Only);

        Assert.Equal(RunStatus.Succeeded, third.Status);
        Assert.Equal(2, third.Counts.GetValueOrDefault(CounterNames.TasksCompleted));
        Assert.Equal(2, third.Counts.GetValueOrDefault(CounterNames.AlertsResolved));
        Assert.Equal(0, third.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        var after = CompanyTasks(state);
        Assert.Equal(tasks.Count, after.Count);
        Assert.Equal("COMPLETED", after.Single(t => t.CompanyId == due).Task.Status);
        Assert.Equal("COMPLETED", after.Single(t => t.CompanyId == unhealthy).Task.Status);
        Assert.All(after.Where(t => t.CompanyId != due && t.CompanyId != unhealthy), t => Assert.Equal("NOT_STARTED", t.Task.Status));
        Assert.Equal("60", state.GetPropertyValue("companies", unhealthy, "crmsync_health_score"));
        Assert.StartsWith(extended, state.GetPropertyValue("companies", due, "crmsync_renewal_due_date"));
    }

    private static List<(string CompanyId, string AlertType, string Key, SandboxTask Task)> CompanyTasks(SandboxState state) =>
        state.ListTasks()
            .Where(t => t.Properties.GetValueOrDefault("crmsync_alert_key") is { } key
                && (key.StartsWith(RenewalAnalyzer.AlertType + ":", StringComparison.Ordinal) || key.StartsWith(HealthScoreAnalyzer.AlertType + ":", StringComparison.Ordinal)))
            .Select(t => (t.Associations.Single(a => a.ObjectType == "companies").Id, t.Properties["crmsync_alert_key"]!.Split(':')[0], t.Properties["crmsync_alert_key"]!, t))
            .ToList();
}
