using System.Net;
using System.Text.Json;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class CollectionTests : SalesforceTestBase
{
    private const string Collections = SalesforceClient.Data + "/composite/sobjects";

    [Fact]
    public async Task Update_MixedSuccess_Returns200WithOneResultPerRecordInRequestOrder()
    {
        var ids = Ids("Contact", 4);
        var lockedTitle = Org.State.GetRecord(ids[1])!["Title"];
        var validatedTitle = Org.State.GetRecord(ids[3])!["Title"];
        Org.State.LockRecord(ids[1], 1);
        Org.State.FailValidation(ids[3], "Blocked by rule");
        var body = Body(false, ids.Select((id, i) => (object)new Dictionary<string, object?> { ["attributes"] = new { type = "Contact" }, ["id"] = id, ["Title"] = $"T{i}" })
            .Append(new Dictionary<string, object?> { ["attributes"] = new { type = "Contact" }, ["Title"] = "no id" }));

        var result = await Org.PatchAsync(Collections, body);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var results = result.Json.EnumerateArray().ToList();
        Assert.Equal([true, false, true, false, false], results.Select(r => r.GetProperty("success").GetBoolean()));
        Assert.Equal(ids, results.Take(4).Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["UNABLE_TO_LOCK_ROW", "FIELD_CUSTOM_VALIDATION_EXCEPTION", "MISSING_ARGUMENT"], results.Where(r => !r.GetProperty("success").GetBoolean()).Select(r => r.GetProperty("errors")[0].GetProperty("statusCode").GetString()));
        Assert.Equal(["T0", lockedTitle, "T2", validatedTitle], ids.Select(id => Org.State.GetRecord(id)!["Title"]));
    }

    [Fact]
    public async Task Update_AllOrNoneWithOneFailure_RollsEverythingBackAndMarksTheRestRolledBack()
    {
        var ids = Ids("Opportunity", 3);
        var before = ids.Select(id => Org.State.GetRecord(id)!).ToList();
        var history = Org.State.Query("SELECT Id FROM OpportunityHistory").Count;
        var body = Body(true, [
            new Dictionary<string, object?> { ["attributes"] = new { type = "Opportunity" }, ["id"] = ids[0], ["Amount"] = 1.0 },
            new Dictionary<string, object?> { ["attributes"] = new { type = "Opportunity" }, ["id"] = ids[1], ["StageName"] = "Bogus" },
            new Dictionary<string, object?> { ["attributes"] = new { type = "Opportunity" }, ["id"] = ids[2], ["CrmSync_Days_In_Stage__c"] = 4 },
        ]);

        var result = await Org.PatchAsync(Collections, body);

        var results = result.Json.EnumerateArray().ToList();
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.All(results, r => Assert.False(r.GetProperty("success").GetBoolean()));
        Assert.Equal(["ALL_OR_NONE_OPERATION_ROLLED_BACK", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "ALL_OR_NONE_OPERATION_ROLLED_BACK"],
            results.Select(r => r.GetProperty("errors")[0].GetProperty("statusCode").GetString()));
        Assert.Equal(before, ids.Select(id => Org.State.GetRecord(id)!));
        Assert.Equal(history, Org.State.Query("SELECT Id FROM OpportunityHistory").Count);
    }

    [Fact]
    public async Task Update_MoreThan200RecordsOrMoreThan10Chunks_Returns400AndWritesNothing()
    {
        var ids = Ids("Contact", 201);
        var tooMany = await Org.PatchAsync(Collections, Body(false, ids.Select(id => (object)new { attributes = new { type = "Contact" }, id, Title = "x" })));
        var chunks = Enumerable.Range(0, 11).SelectMany(i => new object[]
        {
            new { attributes = new { type = "Contact" }, id = ids[i], Title = "y" },
            new { attributes = new { type = "Account" }, id = Ids("Account", 11)[i], Phone = "1" },
        });
        var chunked = await Org.PatchAsync(Collections, Body(false, chunks));

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
        Assert.Equal("EXCEEDED_ID_LIMIT", tooMany.Json[0].GetProperty("errorCode").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, chunked.Status);
        Assert.DoesNotContain(ids, id => Org.State.GetRecord(id)!["Title"] is "x" or "y");
    }

    [Fact]
    public async Task DuplicateRule_BlockingAndAlerting_DuplicatesDetectedUnlessAllowSaveOnAnAlertRule()
    {
        var email = (string)Org.State.Query("SELECT Email FROM Lead WHERE Email != null AND IsConverted = false LIMIT 1")[0]["Email"]!;
        Org.State.AddDuplicateRule("Lead", "Email", blocking: false);
        var record = new { attributes = new { type = "Lead" }, LastName = "Copy", Company = "Copy Inc", Email = email.ToUpperInvariant() };

        var blocked = await Org.PostAsync(Collections, Body(false, [record]));
        var allowed = await Org.SendAsync(HttpMethod.Post, Collections, Body(false, [record]), ("Sforce-Duplicate-Rule-Header", "allowSave=true"));
        Org.State.AddDuplicateRule("Lead", "Email", blocking: true);
        var hardBlocked = await Org.SendAsync(HttpMethod.Post, Collections, Body(false, [record]), ("Sforce-Duplicate-Rule-Header", "allowSave=true"));

        Assert.Equal("DUPLICATES_DETECTED", blocked.Json[0].GetProperty("errors")[0].GetProperty("statusCode").GetString());
        Assert.True(blocked.Json[0].GetProperty("id").ValueKind == JsonValueKind.Null);
        Assert.True(allowed.Json[0].GetProperty("success").GetBoolean());
        Assert.Equal("DUPLICATES_DETECTED", hardBlocked.Json[0].GetProperty("errors")[0].GetProperty("statusCode").GetString());
    }

    [Fact]
    public async Task RetrieveAndDelete_ByIds_ReturnRecordsInOrderAndPerIdResults()
    {
        var ids = Ids("Account", 2);

        var read = await Org.GetAsync($"{Collections}/Account?ids={ids[0]},001000000000000AAA,{ids[1]}&fields=Id,Name");
        var deleted = await Org.DeleteAsync($"{Collections}?ids={ids[0]},{ids[1]},{ids[1]}&allOrNone=false");

        Assert.Equal([ids[0], null, ids[1]], read.Json.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.Null ? null : r.GetProperty("Id").GetString()));
        Assert.Equal([true, true, false], deleted.Json.EnumerateArray().Select(r => r.GetProperty("success").GetBoolean()));
        Assert.Equal("ENTITY_IS_DELETED", deleted.Json[2].GetProperty("errors")[0].GetProperty("statusCode").GetString());
    }

    private List<string> Ids(string objectName, int count) =>
        Org.State.Query($"SELECT Id FROM {objectName} WHERE IsDeleted = false ORDER BY Id LIMIT {count}").Select(r => (string)r["Id"]!).ToList();

    private static string Body(bool allOrNone, IEnumerable<object> records) => JsonSerializer.Serialize(new { allOrNone, records });
}
