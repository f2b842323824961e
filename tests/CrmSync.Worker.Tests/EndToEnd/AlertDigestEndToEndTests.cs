using CrmSync.Core.Alerts;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Core.StageRules;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>Digest tasks and the rep's own decisions, on the HubSpot sandbox and on the Salesforce org.</summary>
[Collection(HostCollection.Name)]
public class AlertDigestEndToEndTests
{
    private const string HubSpotAlerts = $"CrmSync:Connectors:{DemoSession.Connector}:Alerts";
    private const string SalesforceAlerts = $"CrmSync:Connectors:{DemoSession.SalesforceConnector}:Alerts";

    [Fact]
    public async Task HubSpotDigest_OneTaskPerOwnerListingItsItemsFromTheStore_UpdatedInPlaceNotDuplicated()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 800, Seed = 31 }, 0, null, ct, new Dictionary<string, string?>
        {
            [$"{HubSpotAlerts}:Digest:Types:{StageAgeAnalyzer.AlertType}"] = "Daily",
            [$"{HubSpotAlerts}:Digest:MaxItems"] = "500",
            [$"CrmSync:Connectors:{DemoSession.Connector}:PortalId"] = "4242",
        });
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();
        var store = demo.App.Services.GetRequiredService<IRecordStore>();

        var first = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct);
        var states = await store.GetAlertsAsync(DemoSession.Connector, ct);
        var digests = DigestTasks(demo);
        // Close one listed deal: its owner's digest loses that line on the next run.
        var closed = states.First(s => s.Status == AlertStatus.Digested);
        demo.Sandbox.State.UpdateAsUser("deals", closed.RecordId, new Dictionary<string, string?> { ["dealstage"] = "closedwon" });
        var second = await runner.RunAsync(DemoSession.Connector, JobNames.Pipeline, false, null, ct, forceFullPull: true);
        var after = DigestTasks(demo);

        var items = states.Where(s => s.Status == AlertStatus.Digested).ToList();
        Assert.NotEmpty(items);
        Assert.Equal(items.Count, first.Counts[CounterNames.AlertsInDigest]);
        Assert.Equal(items.Select(s => s.Reason).Distinct().Count(), digests.Count);
        Assert.Equal(digests.Count, first.Counts[CounterNames.DigestTasksCreated]);
        foreach (var digest in digests)
        {
            var key = digest.Properties["crmsync_alert_key"];
            var mine = items.Where(s => s.Reason == key).ToList();
            Assert.All(mine, s => Assert.Equal(s.OwnerId, digest.OwnerId));
            Assert.Equal($"CrmSync: {mine.Count} {(mine.Count == 1 ? "item" : "items")} to review ({key![(key!.LastIndexOf(':') + 1)..]})", digest.Subject);
            Assert.All(mine, s => Assert.Contains($"(deals {s.RecordId}: https://app.hubspot.com/contacts/4242/record/0-3/{s.RecordId})", digest.Body));
            Assert.Empty(digest.Associations.SelectMany(a => a.TypeIds));
        }

        Assert.Equal(digests.Select(d => d.Id).Order(), after.Select(d => d.Id).Order());
        Assert.Equal(1, second.Counts[CounterNames.DigestTasksUpdated]);
        Assert.Equal(0, second.Counts.GetValueOrDefault(CounterNames.DigestTasksCreated));
        var updated = after.Single(d => d.Body!.Contains($"(deals {closed.RecordId}:") != digests.Single(b => b.Id == d.Id).Body!.Contains($"(deals {closed.RecordId}:"));
        Assert.DoesNotContain($"(deals {closed.RecordId}:", updated.Body);
        Assert.Equal(AlertStatus.Resolved, (await store.GetAlertsAsync(DemoSession.Connector, ct)).Single(s => s.Key == closed.Key).Status);
        Assert.DoesNotContain(demo.Sandbox.State.ListTasks(), t => t.Properties["crmsync_alert_key"] == closed.Key);
    }

    [Fact]
    public async Task Salesforce_BudgetCompletedAndDeferredTasks_NotRecreated_SnoozeStarts_DigestForDuplicates()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Seed = 32 }, 0, null, ct, new Dictionary<string, string?>
        {
            [$"{SalesforceAlerts}:Budget:MaxNewTasksPerRun"] = "6",
            [$"{SalesforceAlerts}:Digest:Types:duplicate_group"] = "Weekly",
        }, crm: DemoCrm.Salesforce);
        var org = demo.SalesforceOrg!.State;
        var runner = demo.App.Services.GetRequiredService<ConnectorJobRunner>();
        var store = demo.App.Services.GetRequiredService<IRecordStore>();

        var first = await runner.RunAsync(DemoSession.SalesforceConnector, JobNames.Pipeline, false, null, ct);
        var opened = (await store.GetAlertsAsync(DemoSession.SalesforceConnector, ct)).Where(s => s.Status == AlertStatus.Open && s.AlertType != DigestKeys.AlertType).ToList();
        org.UpdateAsUser(opened[0].TaskId!, new Dictionary<string, object?> { ["Status"] = "Completed" });
        org.UpdateAsUser(opened[1].TaskId!, new Dictionary<string, object?> { ["Status"] = "Deferred" });
        var second = await runner.RunAsync(DemoSession.SalesforceConnector, JobNames.Pipeline, false, null, ct);
        var states = await store.GetAlertsAsync(DemoSession.SalesforceConnector, ct);

        Assert.Equal(6, first.Counts[CounterNames.AlertsCreated]);
        Assert.True(first.Counts[CounterNames.AlertsDeferredByBudget] > 0);
        Assert.True(first.Counts[CounterNames.AlertsInDigest] > 0);
        Assert.Equal(6, second.Counts[CounterNames.AlertsCreated]);
        Assert.Equal(2, second.Counts[CounterNames.AlertsAcknowledged]);
        foreach (var closed in opened.Take(2))
        {
            var state = states.Single(s => s.Key == closed.Key);
            Assert.Equal((AlertStatus.Open, closed.TaskId), (state.Status, state.TaskId));
            Assert.NotNull(state.AcknowledgedAt);
            Assert.Single(org.Query($"SELECT Id FROM Task WHERE CrmSync_Alert_Key__c = '{closed.Key}'"));
        }

        var keyed = org.Query("SELECT Id, CrmSync_Alert_Key__c, WhatId, WhoId FROM Task WHERE CrmSync_Alert_Key__c != null");
        Assert.Equal(keyed.Count, keyed.Select(t => t["CrmSync_Alert_Key__c"]).Distinct().Count());
        var digests = keyed.Where(t => ((string)t["CrmSync_Alert_Key__c"]!).StartsWith(DigestKeys.AlertType + ":", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(digests);
        Assert.All(digests, d => Assert.Null(d["WhatId"] ?? d["WhoId"]));
        Assert.Equal(12 + digests.Count, keyed.Count);
        Assert.Equal(states.Where(s => s.Status == AlertStatus.Digested).Select(s => s.Reason).Distinct().Order(StringComparer.Ordinal),
            digests.Select(d => (string?)d["CrmSync_Alert_Key__c"]).Order(StringComparer.Ordinal));
    }

    private static List<SandboxTask> DigestTasks(DemoSession demo) =>
        demo.Sandbox.State.ListTasks().Where(t => t.Properties["crmsync_alert_key"]?.StartsWith(DigestKeys.AlertType + ":", StringComparison.Ordinal) == true).ToList();
}
