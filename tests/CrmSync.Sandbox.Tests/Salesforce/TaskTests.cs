using System.Net;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class TaskTests : SalesforceTestBase
{
    private const string Tasks = SalesforceClient.Data + "/sobjects/Task";

    [Fact]
    public async Task Create_ValidTask_StoresItWithDefaultsAndLinks()
    {
        var opportunity = Org.FirstId("SELECT Id FROM Opportunity ORDER BY Id LIMIT 1");
        var contact = Org.FirstId("SELECT Id FROM Contact ORDER BY Id LIMIT 1");

        var result = await Org.PostAsync(Tasks, $$"""{"Subject":"CrmSync: follow up","WhatId":"{{opportunity}}","WhoId":"{{contact}}","ActivityDate":"2025-04-02","CrmSync_Alert_Key__c":"stage-age:{{opportunity}}"}""");

        Assert.Equal(HttpStatusCode.Created, result.Status);
        var task = Org.State.GetRecord(result.Json.GetProperty("id").GetString()!)!;
        Assert.Equal(("Not Started", "Normal", new DateOnly(2025, 4, 2), opportunity, contact, false), ((string)task["Status"]!, (string)task["Priority"]!, (DateOnly)task["ActivityDate"]!, (string)task["WhatId"]!, (string)task["WhoId"]!, (bool)task["IsClosed"]!));
        var byWhat = await Org.QueryAsync($"SELECT Id, What.Name, Who.Name FROM Task WHERE WhatId = '{opportunity}'");
        Assert.Equal(Org.State.GetRecord(opportunity)!["Name"], byWhat.Json.GetProperty("records")[0].GetProperty("What").GetProperty("Name").GetString());
        Assert.Equal("Contact", byWhat.Json.GetProperty("records")[0].GetProperty("Who").GetProperty("attributes").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("""{"Subject":"x","Status":"Done"}""", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "Status")]
    [InlineData("""{"Subject":"x","Priority":"Urgent"}""", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "Priority")]
    [InlineData("""{"Subject":"x","ActivityDate":"2025-13-45"}""", "JSON_PARSER_ERROR", "ActivityDate")]
    [InlineData("""{"Subject":"x","ActivityDate":"2025-04-02T10:00:00Z"}""", "JSON_PARSER_ERROR", "ActivityDate")]
    [InlineData("""{"Subject":"x","ActivityDate":20250402}""", "JSON_PARSER_ERROR", "ActivityDate")]
    public async Task Create_BadPicklistOrDate_Returns400AndCreatesNothing(string body, string code, string field)
    {
        var result = await Org.PostAsync(Tasks, body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(code, result.Json[0].GetProperty("errorCode").GetString());
        Assert.Equal([field], result.Json[0].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(0, Org.State.Count("Task"));
    }

    [Fact]
    public async Task AlertKey_UniqueExternalId_SecondCreateIsRejectedAndUpsertCreatesOnceThenUpdates()
    {
        const string Key = "last-activity:003-abc";
        var first = await Org.PostAsync(Tasks, $$"""{"Subject":"one","CrmSync_Alert_Key__c":"{{Key}}"}""");
        var second = await Org.PostAsync(Tasks, $$"""{"Subject":"two","CrmSync_Alert_Key__c":"{{Key.ToUpperInvariant()}}"}""");
        var upsertNew = await Org.PatchAsync($"{Tasks}/CrmSync_Alert_Key__c/stage-age%3A006-x", """{"Subject":"upserted","Priority":"High"}""");
        var upsertAgain = await Org.PatchAsync($"{Tasks}/CrmSync_Alert_Key__c/stage-age%3A006-x", """{"Subject":"upserted again"}""");
        var found = await Org.QueryAsync("SELECT Id, Subject FROM Task WHERE CrmSync_Alert_Key__c = 'stage-age:006-x'");

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("DUPLICATE_VALUE", second.Json[0].GetProperty("errorCode").GetString());
        Assert.Contains(first.Json.GetProperty("id").GetString()!, second.Json[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, upsertNew.Status);
        Assert.True(upsertNew.Json.GetProperty("created").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, upsertAgain.Status);
        Assert.False(upsertAgain.Json.GetProperty("created").GetBoolean());
        Assert.Equal(upsertNew.Json.GetProperty("id").GetString(), upsertAgain.Json.GetProperty("id").GetString());
        Assert.Equal("upserted again", Assert.Single(found.Json.GetProperty("records").EnumerateArray()).GetProperty("Subject").GetString());
        Assert.Equal(2, Org.State.Count("Task"));
    }

    [Fact]
    public async Task Complete_SetsIsClosedAndCompletedDateTime()
    {
        var id = (await Org.PostAsync(Tasks, """{"Subject":"call"}""")).Json.GetProperty("id").GetString()!;

        await Org.PatchAsync($"{Tasks}/{id}", """{"Status":"Completed"}""");

        var task = Org.State.GetRecord(id)!;
        Assert.Equal(true, task["IsClosed"]);
        Assert.Equal(Org.Clock.GetUtcNow().UtcDateTime, task["CompletedDateTime"]);
    }
}
