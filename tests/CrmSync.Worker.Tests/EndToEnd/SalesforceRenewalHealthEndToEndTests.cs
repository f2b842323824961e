using System.Globalization;
using CrmSync.Core.Health;
using CrmSync.Core.Renewals;
using CrmSync.Sandbox;
using CrmSync.Sandbox.Salesforce;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// Issue 10 points 4–5 on the fake Salesforce org seeded with the renewal and health cases (accounts with
/// Contract_End_Date__c, renewal opportunities told by their type): every planted case raises exactly its alerts, each
/// with one task, and no other account is due for renewal; a second run writes and creates nothing; extending a
/// contract and re-linking the champion to the account (as a user) clear their alerts and complete their tasks.
/// </summary>
[Collection(HostCollection.Name)]
public class SalesforceRenewalHealthEndToEndTests
{
    private const string Prefix = $"CrmSync:Connectors:{DemoSession.SalesforceConnector}";
    private static readonly string[] Only = [RenewalAnalyzer.AnalyzerName, HealthScoreAnalyzer.AnalyzerName];

    private static Dictionary<string, string?> Configuration() => new()
    {
        [$"{Prefix}:CompanyContractEndField"] = SalesforceOrgState.ContractEndField,
        [$"{Prefix}:Renewals:Enabled"] = "true",
        [$"{Prefix}:HealthScore:Enabled"] = "true",
    };

    [Fact]
    public async Task PlantedCases_AlertOnceWithTheirTask_SecondRunIdle_FixesCompleteTheTasks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 100, Seed = 11, RenewalCases = true }, 0, null, ct, Configuration(),
            crm: DemoCrm.Salesforce);
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();
        var org = demo.SalesforceOrg!.State;
        var planted = org.PlantedRenewalCases;
        var plantedIds = planted.Select(p => p.CompanyId).ToHashSet(StringComparer.Ordinal);
        var expected = planted.SelectMany(p => p.AlertTypes.Select(t => (p.CompanyId, t))).Order().ToList();

        var first = await runner.RunAsync(DemoSession.SalesforceConnector, JobNames.Pipeline, false, null, ct, only: Only);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        var tasks = AccountTasks(org);
        Assert.Equal(expected, tasks.Where(t => plantedIds.Contains(t.AccountId)).Select(t => (t.AccountId, t.AlertType)).Order().ToList());
        Assert.DoesNotContain(tasks, t => t.AlertType == RenewalAnalyzer.AlertType && !plantedIds.Contains(t.AccountId));
        Assert.All(tasks, t => Assert.Equal("Not Started", t.Status));

        var due = planted.Single(p => p.Case == "renewal due").CompanyId;
        var contractEnd = ((DateOnly)org.GetRecord(due)![SalesforceOrgState.ContractEndField]!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"renewal_approaching:companies:{due}:{contractEnd}", Assert.Single(tasks, t => t.AccountId == due).Key);
        Assert.Equal(72m, Number(org, due, "CrmSync_Health_Score__c"));
        Assert.Equal("renewal in 60 days without renewal deal (−13); no open deal (−15)", org.GetRecord(due)!["CrmSync_Health_Reasons__c"]);
        var unhealthy = planted.Single(p => p.Case == "unhealthy").CompanyId;
        Assert.Equal(25m, Number(org, unhealthy, "CrmSync_Health_Score__c"));
        Assert.Equal(100m, Number(org, planted.Single(p => p.Case == "healthy").CompanyId, "CrmSync_Health_Score__c"));

        var second = await runner.RunAsync(DemoSession.SalesforceConnector, JobNames.Pipeline, false, null, ct, only: Only);

        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.ValuesWritten));
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        Assert.Equal(tasks.Count, AccountTasks(org).Count);

        // The customer renewed for a year; the champion of the unhealthy account is linked to it again.
        org.UpdateAsUser(due, new Dictionary<string, object?> { [SalesforceOrgState.ContractEndField] = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(400)) });
        var number = planted.Select(p => p.CompanyId).ToList().IndexOf(unhealthy) + 1;
        var champion = (string)Assert.Single(org.Query($"SELECT Id FROM Contact WHERE FirstName = 'Case{number}' AND LastName = 'Champion'"))["Id"]!;
        org.UpdateAsUser(champion, new Dictionary<string, object?> { ["AccountId"] = unhealthy });

        var third = await runner.RunAsync(DemoSession.SalesforceConnector, JobNames.Pipeline, false, null, ct, only: Only);

        Assert.Equal(RunStatus.Succeeded, third.Status);
        Assert.Equal(2, third.Counts.GetValueOrDefault(CounterNames.TasksCompleted));
        Assert.Equal(2, third.Counts.GetValueOrDefault(CounterNames.AlertsResolved));
        Assert.Equal(0, third.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
        var after = AccountTasks(org);
        Assert.Equal(tasks.Count, after.Count);
        Assert.Equal("Completed", after.Single(t => t.AccountId == due).Status);
        Assert.Equal("Completed", after.Single(t => t.AccountId == unhealthy).Status);
        Assert.All(after.Where(t => t.AccountId != due && t.AccountId != unhealthy), t => Assert.Equal("Not Started", t.Status));
        Assert.Equal(50m, Number(org, unhealthy, "CrmSync_Health_Score__c"));
    }

    private static decimal? Number(SalesforceOrgState org, string id, string field) =>
        org.GetRecord(id)![field] is { } value ? Convert.ToDecimal(value, CultureInfo.InvariantCulture) : null;

    private static List<(string AccountId, string AlertType, string Key, string Status)> AccountTasks(SalesforceOrgState org) =>
        org.Query("SELECT Id, WhatId, Status, CrmSync_Alert_Key__c FROM Task WHERE CrmSync_Alert_Key__c != null")
            .Select(t => (Id: (string?)t["WhatId"], Key: (string)t["CrmSync_Alert_Key__c"]!, Status: (string)t["Status"]!))
            .Where(t => t.Key.StartsWith(RenewalAnalyzer.AlertType + ":", StringComparison.Ordinal) || t.Key.StartsWith(HealthScoreAnalyzer.AlertType + ":", StringComparison.Ordinal))
            .Select(t => (t.Id!, t.Key.Split(':')[0], t.Key, t.Status))
            .ToList();
}
