using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// Issue 10's acceptance on the fake Salesforce org seeded with the stage-criteria cases, under the catalogue's
/// defaults untouched on the standard stages (only the learned benchmark is off, so the benchmark is the documented
/// 14-day fallback, and transition rules are tasked): every planted violation is reported once with its task and nothing
/// else is; a second run writes and creates nothing; fixing records as a user clears their violations and completes
/// their tasks (Task Status Completed) on the next run.
/// </summary>
[Collection(HostCollection.Name)]
public class SalesforceStageCriteriaEndToEndTests
{
    private const string Connector = DemoSession.SalesforceConnector;
    private const string Section = $"CrmSync:Connectors:{Connector}:StageCriteria";
    private const string TaskQuery = "SELECT Id, Status, WhatId, WhoId, Description, CrmSync_Alert_Key__c FROM Task WHERE CrmSync_Alert_Key__c != null";

    private static Dictionary<string, string?> Configuration() => new()
    {
        [$"{Section}:Enabled"] = "true",
        [$"{Section}:TasksForTransitionViolations"] = "true",
        [$"{Section}:Benchmark:Learn"] = "false",
    };

    [Fact]
    public async Task PlantedCases_UnderTheDefaults_ReportedOnceWithTheirTask_SecondRunIdle_FixesCompleteTheTasks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var baseline = await StartAsync(false, ct);
        await using var demo = await StartAsync(true, ct);
        var org = demo.SalesforceOrg!.State;
        var deals = org.PlantedStageCases;
        var leads = org.PlantedLifecycleCases;
        var expected = deals.Where(p => p.Rule is not null).Select(p => ("deals", p.DealId, p.Rule!))
            .Concat(leads.Where(p => p.Rule is not null).Select(p => (p.ObjectType, p.RecordId, p.Rule!))).ToList();

        var before = await StageCriteriaRuns.RunAsync(baseline, Connector, true, ct);
        var preview = await StageCriteriaRuns.RunAsync(demo, Connector, true, ct);

        PlantedFindings.AssertExactly(preview.Findings, before.Findings, expected);
        var plantedIds = expected.Select(e => e.Item2).ToHashSet(StringComparer.Ordinal);
        Assert.All(preview.Findings.Where(f => plantedIds.Contains(f.RecordId)), f => Assert.NotNull(f.AlertKey));
        Assert.Empty(org.Query(TaskQuery));

        var first = await StageCriteriaRuns.RunAsync(demo, Connector, false, ct);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        var tasks = org.Query(TaskQuery);
        foreach (var (_, id, rule) in expected)
        {
            var task = Assert.Single(tasks, t => id == (string?)(t["WhatId"] ?? t["WhoId"]));
            Assert.StartsWith($"{rule}:", (string)task["CrmSync_Alert_Key__c"]!);
            Assert.NotEqual("Completed", task["Status"]);
        }

        var clean = Clean(deals, leads);
        Assert.NotEmpty(clean);
        Assert.DoesNotContain(tasks, t => clean.Contains((string?)(t["WhatId"] ?? t["WhoId"]) ?? ""));
        Assert.Equal("violation", org.GetRecord(Deal(deals, "missing amount"))!["CrmSync_Stage_Criteria_Status__c"]);
        Assert.Equal("ok", org.GetRecord(Deal(deals, "clean"))!["CrmSync_Stage_Criteria_Status__c"]);
        Assert.Equal("warning", org.GetRecord(Deal(deals, "stalled"))!["CrmSync_Stage_Criteria_Status__c"]);
        Assert.Equal(14.0, Convert.ToDouble(org.GetRecord(Deal(deals, "stalled"))!["CrmSync_Stage_Benchmark_Days__c"], System.Globalization.CultureInfo.InvariantCulture));

        await StageCriteriaRuns.AssertIdleAsync(demo, Connector, ct);
        Assert.Equal(tasks.Count, org.Query(TaskQuery).Count);

        var fixedDeal = Deal(deals, "missing amount");
        var fixedLead = leads.Single(l => l.Rule is not null).RecordId;
        org.UpdateAsUser(fixedDeal, new Dictionary<string, object?> { ["Amount"] = 7000.0 });
        org.UpdateAsUser(fixedLead, new Dictionary<string, object?> { ["Phone"] = "+44 20 7946 0000" });

        var third = await StageCriteriaRuns.RunAsync(demo, Connector, false, ct);

        Assert.Equal(RunStatus.Succeeded, third.Status);
        Assert.Equal(2, third.Counts.GetValueOrDefault(CounterNames.TasksCompleted));
        Assert.Equal(2, third.Counts.GetValueOrDefault(CounterNames.AlertsResolved));
        Assert.Equal(0, third.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        var after = org.Query(TaskQuery);
        Assert.Equal(tasks.Count, after.Count);
        foreach (var id in new[] { fixedDeal, fixedLead })
        {
            var done = Assert.Single(after, t => id == (string?)(t["WhatId"] ?? t["WhoId"]));
            Assert.Equal("Completed", done["Status"]);
            Assert.Contains("the condition of this task has cleared (criteria_not_met)", (string?)done["Description"]);
        }

        Assert.Equal(after.Count - 2, after.Count(t => !Equals(t["Status"], "Completed")));
        Assert.Equal("ok", org.GetRecord(fixedDeal)!["CrmSync_Stage_Criteria_Status__c"]);
    }

    private static HashSet<string> Clean(IReadOnlyList<PlantedStageCase> deals, IReadOnlyList<PlantedLifecycleCase> leads) =>
        deals.Where(d => d.Rule is null).Select(d => d.DealId).Concat(leads.Where(l => l.Rule is null).Select(l => l.RecordId)).ToHashSet(StringComparer.Ordinal);

    private static string Deal(IReadOnlyList<PlantedStageCase> deals, string name) => deals.Single(d => d.Case == name).DealId;

    private static Task<DemoSession> StartAsync(bool cases, CancellationToken ct) =>
        DemoSession.StartAsync(new SandboxOptions { Records = 100, Seed = 11, StageCriteriaCases = cases }, 0, null, ct, Configuration(), crm: DemoCrm.Salesforce);
}
