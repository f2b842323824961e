using System.Net;
using System.Text.Json;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class CompositeTests : SalesforceTestBase
{
    private const string Composite = SalesforceClient.Data + "/composite";

    [Fact]
    public async Task Composite_QueryThenTaskWithReferences_SubstitutesValuesAndCountsOneApiCall()
    {
        var opportunity = Org.FirstId("SELECT Id FROM Opportunity WHERE IsClosed = false ORDER BY Id LIMIT 1");
        var owner = (string)Org.State.GetRecord(opportunity)!["OwnerId"]!;
        var usage = Org.State.ApiUsage;
        var body = Request(false,
            new { method = "GET", url = $"/services/data/v60.0/query?q=SELECT+Id,OwnerId+FROM+Opportunity+WHERE+Id='{opportunity}'", referenceId = "opp" },
            new { method = "POST", url = "/services/data/v60.0/sobjects/Task", referenceId = "task", body = new { Subject = "CrmSync: idle", WhatId = "@{opp.records[0].Id}", OwnerId = "@{opp.records[0].OwnerId}", ActivityDate = "2025-04-02", Status = "Not Started", Priority = "High" } },
            new { method = "GET", url = "/services/data/v60.0/sobjects/Task/@{task.id}", referenceId = "read" });

        var result = await Org.PostAsync(Composite, body);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var responses = result.Json.GetProperty("compositeResponse").EnumerateArray().ToList();
        Assert.Equal([200, 201, 200], responses.Select(r => r.GetProperty("httpStatusCode").GetInt32()));
        Assert.Equal(["opp", "task", "read"], responses.Select(r => r.GetProperty("referenceId").GetString()));
        var taskId = responses[1].GetProperty("body").GetProperty("id").GetString()!;
        Assert.Equal($"/services/data/v60.0/sobjects/Task/{taskId}", responses[1].GetProperty("httpHeaders").GetProperty("Location").GetString());
        Assert.Equal((opportunity, owner), (responses[2].GetProperty("body").GetProperty("WhatId").GetString(), responses[2].GetProperty("body").GetProperty("OwnerId").GetString()));
        Assert.Equal(usage + 1, Org.State.ApiUsage);
    }

    [Fact]
    public async Task Composite_DependantOfAFailedSubrequest_ReportsProcessingHaltedOthersRun()
    {
        var body = Request(false,
            new { method = "POST", url = "/services/data/v60.0/sobjects/Account", referenceId = "bad", body = new { Phone = "1" } },
            new { method = "POST", url = "/services/data/v60.0/sobjects/Contact", referenceId = "child", body = new { LastName = "Orphan", AccountId = "@{bad.id}" } },
            new { method = "POST", url = "/services/data/v60.0/sobjects/Account", referenceId = "good", body = new { Name = "Independent Ltd" } });

        var result = await Org.PostAsync(Composite, body);

        var responses = result.Json.GetProperty("compositeResponse").EnumerateArray().ToList();
        Assert.Equal([400, 400, 201], responses.Select(r => r.GetProperty("httpStatusCode").GetInt32()));
        Assert.Equal("REQUIRED_FIELD_MISSING", responses[0].GetProperty("body")[0].GetProperty("errorCode").GetString());
        Assert.Equal("PROCESSING_HALTED", responses[1].GetProperty("body")[0].GetProperty("errorCode").GetString());
        Assert.Empty(Org.State.Query("SELECT Id FROM Contact WHERE LastName = 'Orphan'"));
        Assert.Single(Org.State.Query("SELECT Id FROM Account WHERE Name = 'Independent Ltd'"));
    }

    [Fact]
    public async Task Composite_AllOrNoneWithAFailure_UndoesEarlierWritesAndMarksThemRolledBack()
    {
        var body = Request(true,
            new { method = "POST", url = "/services/data/v60.0/sobjects/Account", referenceId = "acct", body = new { Name = "Rolled Back Corp" } },
            new { method = "POST", url = "/services/data/v60.0/sobjects/Contact", referenceId = "contact", body = new { LastName = "Kept?", AccountId = "@{acct.id}" } },
            new { method = "PATCH", url = "/services/data/v60.0/sobjects/Contact/@{contact.id}", referenceId = "broken", body = new { Nope__c = 1 } },
            new { method = "GET", url = "/services/data/v60.0/limits", referenceId = "after" });

        var result = await Org.PostAsync(Composite, body);

        var responses = result.Json.GetProperty("compositeResponse").EnumerateArray().ToList();
        Assert.Equal(["ALL_OR_NONE_OPERATION_ROLLED_BACK", "ALL_OR_NONE_OPERATION_ROLLED_BACK", "INVALID_FIELD", "ALL_OR_NONE_OPERATION_ROLLED_BACK"],
            responses.Select(r => r.GetProperty("body")[0].GetProperty("errorCode").GetString()));
        Assert.Empty(Org.State.Query("SELECT Id FROM Account WHERE Name = 'Rolled Back Corp'", includeDeleted: true));
        Assert.Empty(Org.State.Query("SELECT Id FROM Contact WHERE LastName = 'Kept?'", includeDeleted: true));
    }

    [Fact]
    public async Task Composite_MoreThan25SubrequestsOrSixQueries_Returns400()
    {
        var many = Enumerable.Range(0, 26).Select(i => (object)new { method = "GET", url = "/services/data/v60.0/limits", referenceId = $"r{i}" }).ToArray();
        var queries = Enumerable.Range(0, 6).Select(i => (object)new { method = "GET", url = "/services/data/v60.0/query?q=SELECT+Id+FROM+User", referenceId = $"q{i}" }).ToArray();

        var tooMany = await Org.PostAsync(Composite, Request(false, many));
        var tooManyQueries = await Org.PostAsync(Composite, Request(false, queries));

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
        Assert.Equal(HttpStatusCode.BadRequest, tooManyQueries.Status);
        Assert.Equal(HttpStatusCode.OK, (await Org.PostAsync(Composite, Request(false, many[..25]))).Status);
    }

    private static string Request(bool allOrNone, params object[] subrequests) =>
        JsonSerializer.Serialize(new { allOrNone, collateSubrequests = false, compositeRequest = subrequests });
}
