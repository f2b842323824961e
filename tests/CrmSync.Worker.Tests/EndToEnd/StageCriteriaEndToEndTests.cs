using CrmSync.Core.StageCriteria;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// Issue 10's acceptance on the HubSpot sandbox seeded with the stage-criteria cases: every planted violation is
/// reported once with its task and nothing else is (compared with the same seed without the cases); the planted SQL
/// contacts likewise; a second run writes and creates nothing;
/// fixing a record as a user clears its violation and completes its task on the next run.
/// </summary>
[Collection(HostCollection.Name)]
public class StageCriteriaEndToEndTests
{
    private const string Section = $"CrmSync:Connectors:{DemoSession.Connector}:StageCriteria";
    private const string Pipeline = "Criteria Cases";

    /// <summary>The configuration docs/sandbox.md gives for the planted cases.</summary>
    private static Dictionary<string, string?> Configuration() => new()
    {
        // The sandbox's search index has no lag: the incremental pull may read up to now (the user's fix below).
        [$"CrmSync:Connectors:{DemoSession.Connector}:IndexLag"] = "00:00:00",
        [$"{Section}:Enabled"] = "true",
        [$"{Section}:UseCatalogueDefaults"] = "false",
        [$"{Section}:TasksForTransitionViolations"] = "true",
        [$"{Section}:GoingDarkDays"] = "10",
        [$"{Section}:Benchmark:Learn"] = "false",
        [$"{Section}:Benchmark:FallbackDays"] = "30",
        [$"{Section}:Pipelines:{Pipeline}:Qualified:Entry:0:Required"] = "amount",
        [$"{Section}:Pipelines:{Pipeline}:Proposal:Entry:0:Association"] = "contacts",
        [$"{Section}:Pipelines:{Pipeline}:Proposal:Entry:0:AtLeast"] = "2",
        [$"{Section}:Lifecycle:contacts:salesqualifiedlead:Entry:0:Required"] = "owner_id",
        [$"{Section}:Lifecycle:contacts:salesqualifiedlead:Entry:1:Association"] = "companies",
        [$"{Section}:Lifecycle:contacts:salesqualifiedlead:Entry:1:AtLeast"] = "1",
    };

    [Fact]
    public async Task PlantedCases_ReportedOnceWithTheirTask_SecondRunIdle_FixCompletesTheTask()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var baseline = await DemoSession.StartAsync(new SandboxOptions { Records = 100, Seed = 11 }, 0, null, ct, Configuration());
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 100, Seed = 11, StageCriteriaCases = true }, 0, null, ct, Configuration());
        var state = demo.Sandbox.State;
        var planted = state.PlantedStageCases;
        var people = state.PlantedLifecycleCases;
        var plantedIds = planted.Select(p => p.DealId).Concat(people.Select(p => p.RecordId)).ToHashSet(StringComparer.Ordinal);

        var before = await StageCriteriaRuns.RunAsync(baseline, DemoSession.Connector, true, ct);
        var preview = await StageCriteriaRuns.RunAsync(demo, DemoSession.Connector, true, ct);

        // Both ways, over every finding: the seed's own ones (the baseline) plus exactly the planted violations.
        var expected = planted.Where(p => p.Rule is not null).Select(p => ("deals", p.DealId, p.Rule!))
            .Concat(people.Where(p => p.Rule is not null).Select(p => (p.ObjectType, p.RecordId, p.Rule!))).ToList();
        PlantedFindings.AssertExactly(preview.Findings, before.Findings, expected);
        Assert.All(preview.Findings.Where(f => plantedIds.Contains(f.RecordId)), f => Assert.NotNull(f.AlertKey));
        Assert.Empty(state.ListTasks());

        var first = await StageCriteriaRuns.RunAsync(demo, DemoSession.Connector, false, ct);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        foreach (var (objectType, id, rule) in expected)
        {
            var task = Assert.Single(state.ListTasks(), t => t.Associations.Any(a => a.ObjectType == objectType && a.Id == id));
            Assert.StartsWith($"{rule}:{objectType}:{id}:", task.Properties["crmsync_alert_key"]);
            Assert.Equal("NOT_STARTED", task.Status);
        }

        Assert.Equal("violation", state.GetPropertyValue("deals", planted.Single(p => p.Case == "missing amount").DealId, "crmsync_stage_criteria_status"));
        Assert.Equal("ok", state.GetPropertyValue("deals", planted.Single(p => p.Case == "clean").DealId, "crmsync_stage_criteria_status"));
        Assert.Equal("30", state.GetPropertyValue("deals", planted.Single(p => p.Case == "stalled").DealId, "crmsync_stage_benchmark_days"));

        await StageCriteriaRuns.AssertIdleAsync(demo, DemoSession.Connector, ct);

        var fixedDeal = planted.Single(p => p.Case == "missing amount").DealId;
        var tasksBefore = state.ListTasks().Count;
        state.UpdateAsUser("deals", fixedDeal, new Dictionary<string, string?> { ["amount"] = "7000" });

        var third = await StageCriteriaRuns.RunAsync(demo, DemoSession.Connector, false, ct);

        Assert.True(third.Counts.GetValueOrDefault(CounterNames.TasksCompleted) == 1,
            string.Join(", ", third.Counts.Select(c => $"{c.Key}={c.Value}")) + " | " + string.Join("; ", third.Errors.Select(e => e.Message))
            + " | " + state.GetPropertyValue("deals", fixedDeal, "amount") + " " + state.GetPropertyValue("deals", fixedDeal, "crmsync_stage_criteria_status"));
        Assert.Equal(1, third.Counts.GetValueOrDefault(CounterNames.AlertsResolved));
        Assert.Equal(0, third.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        var completed = Assert.Single(state.ListTasks(), t => t.Associations.Any(a => a.ObjectType == "deals" && a.Id == fixedDeal));
        Assert.Equal("COMPLETED", completed.Status);
        Assert.Contains("the condition of this task has cleared (criteria_not_met)", completed.Body);
        Assert.Equal(tasksBefore, state.ListTasks().Count);
        Assert.Equal("ok", state.GetPropertyValue("deals", fixedDeal, "crmsync_stage_criteria_status"));
    }
}
