using CrmSync.Core.Connectors;
using CrmSync.Core.Duplicates;
using CrmSync.Core.Records;
using CrmSync.Salesforce.Tests.Support;
using CrmSync.Sandbox.Salesforce;

namespace CrmSync.Salesforce.Tests.Writes;

/// <summary>The duplicate analyzer's fields on Lead: checked with describe like every other CrmSync field, written by their Salesforce names.</summary>
public class LeadDuplicateFieldTests
{
    [Fact]
    public async Task EnsureProperties_DuplicateAnalyzer_OrgWithoutLeadDuplicateOf_StopsNamingThatFieldOnly()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync(configure: o => o.CustomFields =
            [.. SalesforceCustomField.CrmSyncDefaults.Where(f => (f.ObjectName, f.FieldName) != ("Lead", "CrmSync_Duplicate_Of__c"))]);
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));

        var e = await Assert.ThrowsAsync<CrmConnectorException>(() =>
            connector.EnsurePropertiesAsync(DuplicateAnalyzer.Describe().Properties, TestContext.Current.CancellationToken));

        Assert.Equal(CrmFailureKind.MissingScopes, e.Kind);
        Assert.Contains("create Lead.CrmSync_Duplicate_Of__c (Text(255), label \"CrmSync duplicate of\")", e.Message, StringComparison.Ordinal);
        Assert.Contains("Salesforce lacks 1 custom field(s)", e.Message, StringComparison.Ordinal);
        Assert.Empty(org.State.FindRequests("PATCH", "/composite/sobjects"));
    }

    [Fact]
    public async Task Update_LeadDuplicateOf_WritesTheContactIdToCrmSyncDuplicateOf()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var ct = TestContext.Current.CancellationToken;
        var lead = (string)org.State.Query("SELECT Id FROM Lead WHERE IsConverted = false ORDER BY Id LIMIT 1").Single()["Id"]!;
        var contact = (string)org.State.Query("SELECT Id FROM Contact ORDER BY Id LIMIT 1").Single()["Id"]!;
        await connector.EnsurePropertiesAsync(DuplicateAnalyzer.Describe().Properties, ct);

        var outcome = await connector.UpdateAsync(CrmObjectTypes.Leads,
            [new RecordUpdate(lead, new Dictionary<string, string?> { [DuplicateProperties.DuplicateOf] = contact, [DuplicateProperties.Group] = "dg-0123456789abcdef" })], ct);

        Assert.Equal([lead], outcome.Succeeded);
        Assert.Equal(contact, org.State.GetRecord(lead)!["CrmSync_Duplicate_Of__c"]);
        Assert.Equal("dg-0123456789abcdef", org.State.GetRecord(lead)!["CrmSync_Duplicate_Group__c"]);
    }
}
