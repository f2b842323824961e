using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Salesforce.Tests.Support;

namespace CrmSync.Salesforce.Tests.Tasks;

/// <summary>Alert tasks: created once, found by key through escaped SOQL, states.</summary>
public class TaskTests
{
    [Fact]
    public async Task CreateTask_SetsTaskFields_AndASecondCreateOfTheKeyTakesTheSameTask()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var ct = TestContext.Current.CancellationToken;
        var deal = org.State.Query("SELECT Id, OwnerId FROM Opportunity WHERE IsClosed = false AND Owner.IsActive = true LIMIT 1")[0];
        var request = new AlertTaskRequest("stage_age_exceeded:deals:x", CrmObjectTypes.Deals, (string)deal["Id"]!, (string)deal["OwnerId"]!,
            "CrmSync: stalled", "body", new DateTimeOffset(2030, 1, 2, 15, 0, 0, TimeSpan.Zero), AlertPriority.High);

        var id = await connector.CreateTaskAsync(request, ct);
        var again = await connector.CreateTaskAsync(request, ct);

        var task = org.State.GetRecord(id)!;
        Assert.Equal(id, again);
        Assert.Equal(deal["Id"], task["WhatId"]);
        Assert.Equal(deal["OwnerId"], task["OwnerId"]);
        Assert.Equal("High", task["Priority"]);
        Assert.Equal("Not Started", task["Status"]);
        Assert.Equal(new DateOnly(2030, 1, 2), task["ActivityDate"]);
        Assert.Single(org.State.Query("SELECT Id FROM Task WHERE CrmSync_Alert_Key__c = 'stage_age_exceeded:deals:x'"));
        Assert.Equal(TimeSpan.Zero, connector.SearchIndexLag);
    }

    [Fact]
    public async Task FindTasksByAlertKey_KeysWithQuotesBackslashesAndPercent_CannotChangeTheQuery()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var ct = TestContext.Current.CancellationToken;
        var contact = (string)org.State.Query("SELECT Id FROM Contact WHERE Owner.IsActive = true LIMIT 1")[0]["Id"]!;
        const string odd = @"dup:contacts:O'Brien \ 100%_done";
        var id = await connector.CreateTaskAsync(new(odd, CrmObjectTypes.Contacts, contact, null, "s", "b", DateTimeOffset.UtcNow, AlertPriority.Low), ct);
        await connector.CreateTaskAsync(new("other-key", CrmObjectTypes.Contacts, contact, null, "s", "b", DateTimeOffset.UtcNow, AlertPriority.Low), ct);

        var found = await connector.FindTasksByAlertKeyAsync([odd, "x' OR Subject != '", @"\' OR Id != '", "%", "other%"], ct);

        var task = Assert.Single(found);
        Assert.Equal((odd, id), (task.AlertKey, task.TaskId));
        Assert.Equal(CrmTaskState.Open, task.State);
        Assert.Equal("WhoId", org.State.GetRecord(id)!["WhoId"] is string ? "WhoId" : "none");
    }

    [Fact]
    public async Task GetTaskStates_CompletedOpenAndGone()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var ct = TestContext.Current.CancellationToken;
        var account = (string)org.State.Query("SELECT Id FROM Account LIMIT 1")[0]["Id"]!;
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add(await connector.CreateTaskAsync(new($"k{i}", CrmObjectTypes.Companies, account, null, "s", "b", DateTimeOffset.UtcNow, AlertPriority.Medium), ct));
        org.State.UpdateAsUser(ids[0], new Dictionary<string, object?> { ["Status"] = "Completed" });
        org.State.DeleteAsUser(ids[2]);

        var states = await connector.GetTaskStatesAsync(ids, ct);

        Assert.Equal([CrmTaskState.Completed, CrmTaskState.Open, CrmTaskState.Gone], ids.Select(id => states[id]));
    }

    [Fact]
    public async Task CreateTask_RefusedByTheOrg_IsACrmRejectedException()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));

        var e = await Assert.ThrowsAsync<CrmRejectedException>(() => connector.CreateTaskAsync(
            new("k", CrmObjectTypes.Deals, "006000000000000AAA", null, "s", "b", DateTimeOffset.UtcNow, AlertPriority.Low), TestContext.Current.CancellationToken));

        Assert.Contains("HTTP 400", e.Message, StringComparison.Ordinal);
    }
}
