using System.Net;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class RecordWriteTests : SalesforceTestBase
{
    private const string Sobjects = SalesforceClient.Data + "/sobjects";

    [Fact]
    public async Task Patch_ValidFields_Returns204AndStoresTypedValuesBumpingModstamps()
    {
        var id = Org.FirstId("SELECT Id FROM Contact ORDER BY Id LIMIT 1");
        Org.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await Org.PatchAsync($"{Sobjects}/Contact/{id}", """{"Title":"VP Sales","CrmSync_Duplicate_Score__c":0.873,"CrmSync_Duplicate_Group__c":"dg-0011223344556677"}""");

        Assert.Equal(HttpStatusCode.NoContent, result.Status);
        Assert.Empty(result.Body);
        var record = Org.State.GetRecord(id)!;
        Assert.Equal("VP Sales", record["Title"]);
        Assert.Equal(0.873, record["CrmSync_Duplicate_Score__c"]);
        Assert.Equal(Org.Clock.GetUtcNow().UtcDateTime, record["SystemModstamp"]);
        Assert.Equal(Org.Clock.GetUtcNow().UtcDateTime, record["LastModifiedDate"]);
        Assert.Equal(Org.State.IntegrationUserId, record["LastModifiedById"]);
        var read = await Org.GetAsync($"{Sobjects}/Contact/{id}?fields=Id,Title,CrmSync_Duplicate_Score__c");
        Assert.Equal(["attributes", "Id", "Title", "CrmSync_Duplicate_Score__c"], read.Json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.873, read.Json.GetProperty("CrmSync_Duplicate_Score__c").GetDouble());
    }

    [Fact]
    public async Task Post_ValidRecord_Returns201WithIdSuccessAndNoErrors()
    {
        var result = await Org.PostAsync($"{Sobjects}/Lead", """{"LastName":"Nguyen","Company":"Acme","Email":"an@acme.example"}""");

        Assert.Equal(HttpStatusCode.Created, result.Status);
        var id = result.Json.GetProperty("id").GetString()!;
        Assert.Equal($$"""{"id":"{{id}}","success":true,"errors":[]}""", result.Body);
        Assert.StartsWith("00Q", id, StringComparison.Ordinal);
        Assert.Equal($"/services/data/v60.0/sobjects/Lead/{id}", result.Header("Location"));
        var lead = Org.State.GetRecord(id)!;
        Assert.Equal(("Open - Not Contacted", false, Org.State.IntegrationUserId, "Nguyen"), ((string)lead["Status"]!, (bool)lead["IsConverted"]!, (string)lead["OwnerId"]!, (string)lead["Name"]!));
    }

    [Theory]
    [InlineData("Contact", """{"Titel":"x"}""", "INVALID_FIELD", null)]
    [InlineData("Contact", """{"Name":"x"}""", "INVALID_FIELD_FOR_INSERT_UPDATE", "Name")]
    [InlineData("Contact", """{"LastName":null}""", "REQUIRED_FIELD_MISSING", "LastName")]
    [InlineData("Contact", """{"Title":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}""", "STRING_TOO_LONG", "Title")]
    [InlineData("Contact", """{"Email":"not-an-address"}""", "INVALID_EMAIL_ADDRESS", "Email")]
    [InlineData("Contact", """{"AccountId":"12345"}""", "MALFORMED_ID", "AccountId")]
    [InlineData("Contact", """{"AccountId":"001000000000000AAA"}""", "INVALID_CROSS_REFERENCE_KEY", "AccountId")]
    [InlineData("Contact", """{"CrmSync_Duplicate_Score__c":"high"}""", "JSON_PARSER_ERROR", "CrmSync_Duplicate_Score__c")]
    [InlineData("Opportunity", """{"StageName":"Won-ish"}""", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "StageName")]
    [InlineData("Opportunity", """{"Age_In_Days__c":3}""", "INVALID_FIELD_FOR_INSERT_UPDATE", "Age_In_Days__c")]
    public async Task Patch_InvalidField_Returns400ErrorArrayAndChangesNothing(string objectName, string body, string code, string? field)
    {
        var id = Org.FirstId($"SELECT Id FROM {objectName} ORDER BY Id LIMIT 1");
        var before = Org.State.GetRecord(id)!;

        var result = await Org.PatchAsync($"{Sobjects}/{objectName}/{id}", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        var error = Assert.Single(result.Json.EnumerateArray());
        Assert.Equal(code, error.GetProperty("errorCode").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        if (field is not null)
        {
            Assert.Equal([field], error.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        }

        Assert.Equal(before, Org.State.GetRecord(id)!);
    }

    [Fact]
    public async Task Post_MissingRequiredFields_Returns400RequiredFieldMissingListingThem()
    {
        var result = await Org.PostAsync($"{Sobjects}/Opportunity", """{"Amount":5}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("REQUIRED_FIELD_MISSING", result.Json[0].GetProperty("errorCode").GetString());
        Assert.Equal(["Name", "StageName", "CloseDate"], result.Json[0].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Delete_Record_Returns204ThenGetIs404AndPatchSaysEntityIsDeleted()
    {
        var id = Org.FirstId("SELECT Id FROM Account ORDER BY Id DESC LIMIT 1");

        Assert.Equal(HttpStatusCode.NoContent, (await Org.DeleteAsync($"{Sobjects}/Account/{id}")).Status);

        Assert.Equal(HttpStatusCode.NotFound, (await Org.GetAsync($"{Sobjects}/Account/{id}")).Status);
        var patch = await Org.PatchAsync($"{Sobjects}/Account/{id}", """{"Phone":"1"}""");
        Assert.Equal(HttpStatusCode.NotFound, patch.Status);
        Assert.Equal("ENTITY_IS_DELETED", patch.Json[0].GetProperty("errorCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Org.PatchAsync($"{Sobjects}/Account/001000000000000AAA", "{}")).Status);
        Assert.Equal("MALFORMED_ID", (await Org.GetAsync($"{Sobjects}/Account/nope")).Json[0].GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Patch_LockedRecordAndValidationRule_FailThenSucceedAfterTheLockClears()
    {
        var id = Org.FirstId("SELECT Id FROM Contact ORDER BY Id LIMIT 1");
        Org.State.LockRecord(id, 2);

        var first = await Org.PatchAsync($"{Sobjects}/Contact/{id}", """{"Title":"A"}""");
        var second = await Org.PatchAsync($"{Sobjects}/Contact/{id}", """{"Title":"A"}""");
        var third = await Org.PatchAsync($"{Sobjects}/Contact/{id}", """{"Title":"A"}""");
        Org.State.FailValidation(id, "Title must be approved by Legal", "Title");
        var validation = await Org.PatchAsync($"{Sobjects}/Contact/{id}", """{"Title":"B"}""");

        Assert.Equal(["UNABLE_TO_LOCK_ROW", "UNABLE_TO_LOCK_ROW"], new[] { first, second }.Select(r => r.Json[0].GetProperty("errorCode").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, third.Status);
        Assert.Equal("FIELD_CUSTOM_VALIDATION_EXCEPTION", validation.Json[0].GetProperty("errorCode").GetString());
        Assert.Equal("Title must be approved by Legal", validation.Json[0].GetProperty("message").GetString());
        Assert.Equal("A", Org.State.GetRecord(id)!["Title"]);
    }
}
