using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Salesforce.Tests.Support;

namespace CrmSync.Salesforce.Tests.Tasks;

/// <summary>What alert budgets need of Salesforce Tasks: a digest task with no record, its text updated in place, Deferred read back, record links.</summary>
public class DigestTaskTests
{
    [Fact]
    public async Task DigestTask_CreatedWithoutRecord_UpdatedInPlace_DeferredReadBack()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var ct = TestContext.Current.CancellationToken;
        var owner = (string)org.State.Query("SELECT Id FROM User WHERE IsActive = true LIMIT 1")[0]["Id"]!;

        var id = await connector.CreateTaskAsync(
            new("crmsync_digest:x:2030-01-02", "", "", owner, "CrmSync: 2 items to review", "- a\n- b", new DateTimeOffset(2030, 1, 2, 0, 0, 0, TimeSpan.Zero), AlertPriority.Medium), ct);
        await connector.UpdateTaskTextAsync(id, "CrmSync: 1 item to review", "- b", ct);
        var open = await connector.GetTaskStatesAsync([id], ct);
        org.State.UpdateAsUser(id, new Dictionary<string, object?> { ["Status"] = "Deferred" });
        var deferred = await connector.GetTaskStatesAsync([id], ct);

        var task = org.State.GetRecord(id)!;
        Assert.Null(task["WhatId"]);
        Assert.Null(task["WhoId"]);
        Assert.Equal(("CrmSync: 1 item to review", "- b"), ((string?)task["Subject"], (string?)task["Description"]));
        Assert.Single(org.State.Query("SELECT Id FROM Task WHERE CrmSync_Alert_Key__c = 'crmsync_digest:x:2030-01-02'"));
        Assert.Equal((CrmTaskState.Open, CrmTaskState.Deferred), (open[id], deferred[id]));
    }

    [Fact]
    public async Task UpdateTaskText_DeletedTask_IsRejected()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var ct = TestContext.Current.CancellationToken;
        var id = await connector.CreateTaskAsync(new("crmsync_digest:y:2030-01-02", "", "", null, "s", "b", DateTimeOffset.UtcNow, AlertPriority.Low), ct);
        org.State.DeleteAsUser(id);

        await Assert.ThrowsAsync<CrmRejectedException>(() => connector.UpdateTaskTextAsync(id, "s2", "b2", ct));
    }

    [Fact]
    public async Task RecordLink_IsTheLightningRecordPageOnTheSessionsInstance()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var ct = TestContext.Current.CancellationToken;

        var link = await connector.RecordLinkAsync(CrmObjectTypes.Deals, "006000000000001AAA", ct);

        Assert.NotNull(link);
        Assert.EndsWith("/lightning/r/Opportunity/006000000000001AAA/view", link, StringComparison.Ordinal);
        Assert.StartsWith("http", link, StringComparison.Ordinal);
        Assert.Null(await connector.RecordLinkAsync("tickets", "1", ct));
    }
}
