using System.Net;
using CrmSync.Sandbox.Salesforce;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class DescribeTests : SalesforceTestBase
{
    [Theory]
    [InlineData("Account", "001")]
    [InlineData("Contact", "003")]
    [InlineData("Lead", "00Q")]
    [InlineData("Opportunity", "006")]
    [InlineData("User", "005")]
    [InlineData("Task", "00T")]
    [InlineData("OpportunityHistory", "008")]
    [InlineData("OpportunityStage", "01J")]
    [InlineData("OpportunityContactRole", "00K")]
    public async Task Describe_EverySeededObject_ReturnsNamePrefixAndFieldsThatQueriesAccept(string objectName, string prefix)
    {
        var result = await Org.GetAsync($"{SalesforceClient.Data}/sobjects/{objectName}/describe");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(objectName, result.Json.GetProperty("name").GetString());
        Assert.Equal(prefix, result.Json.GetProperty("keyPrefix").GetString());
        var fields = result.Json.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        Assert.Contains("Id", fields);
        Assert.Contains("SystemModstamp", fields);
        var query = await Org.QueryAsync($"SELECT {string.Join(", ", fields)} FROM {objectName} LIMIT 1");
        Assert.Equal(HttpStatusCode.OK, query.Status);
    }

    [Fact]
    public async Task Describe_CustomFields_AreListedWithCustomAndUpdateable()
    {
        var result = await Org.GetAsync($"{SalesforceClient.Data}/sobjects/Opportunity/describe");

        var fields = result.Json.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.True(fields["CrmSync_Days_In_Stage__c"].GetProperty("custom").GetBoolean());
        Assert.True(fields["CrmSync_Days_In_Stage__c"].GetProperty("updateable").GetBoolean());
        Assert.Equal("double", fields["CrmSync_Days_In_Stage__c"].GetProperty("type").GetString());
        Assert.True(fields["Age_In_Days__c"].GetProperty("calculated").GetBoolean());
        Assert.False(fields["Age_In_Days__c"].GetProperty("updateable").GetBoolean());
        Assert.False(fields["IsWon"].GetProperty("updateable").GetBoolean());
        Assert.Equal("StageName", fields["StageName"].GetProperty("name").GetString());
        Assert.Contains(fields["StageName"].GetProperty("picklistValues").EnumerateArray(), v => v.GetProperty("value").GetString() == "Closed Won");
        Assert.Equal(["Account"], fields["AccountId"].GetProperty("referenceTo").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Account", fields["AccountId"].GetProperty("relationshipName").GetString());
    }

    [Fact]
    public async Task AddCustomField_ByAnAdmin_AppearsInDescribeAndCanBeWritten()
    {
        var before = await Org.GetAsync($"{SalesforceClient.Data}/sobjects/Lead/describe");
        Org.State.AddCustomField(new SalesforceCustomField("Lead", "Fit_Score__c", SalesforceCustomFieldType.Number));
        var lead = Org.FirstId("SELECT Id FROM Lead WHERE IsConverted = false LIMIT 1");

        var after = await Org.GetAsync($"{SalesforceClient.Data}/sobjects/Lead/describe");
        var write = await Org.PatchAsync($"{SalesforceClient.Data}/sobjects/Lead/{lead}", """{"Fit_Score__c": 7.5}""");

        Assert.DoesNotContain("Fit_Score__c", before.Body, StringComparison.Ordinal);
        Assert.Contains(after.Json.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "Fit_Score__c" && f.GetProperty("updateable").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, write.Status);
        Assert.Equal(7.5, Org.State.GetRecord(lead)!["Fit_Score__c"]);
    }

    [Fact]
    public async Task Describe_UnknownObjectOrBareOrg_404OrNoCrmSyncFields()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Org.GetAsync($"{SalesforceClient.Data}/sobjects/Nope__c/describe")).Status);
        var global = await Org.GetAsync($"{SalesforceClient.Data}/sobjects");
        Assert.Equal(9, global.Json.GetProperty("sobjects").GetArrayLength());

        await using var bare = await SalesforceClient.StartAsync(new SalesforceOrgOptions { Records = 50, CustomFields = [], TimeProvider = Org.Clock });
        var describe = await bare.GetAsync($"{SalesforceClient.Data}/sobjects/Task/describe");
        Assert.DoesNotContain("CrmSync_", describe.Body, StringComparison.Ordinal);
    }
}
