using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Salesforce.Tests.Support;

namespace CrmSync.Salesforce.Tests.Writes;

/// <summary>Custom-field checks and sObject Collections writes against the fake org.</summary>
public class WriteBackTests
{
    private static readonly ComputedPropertyDefinition DaysInStage = new(CrmObjectTypes.Deals, "days_in_stage", "CrmSync days in stage", ComputedPropertyType.Number, "");
    private static readonly ComputedPropertyDefinition Group = new(CrmObjectTypes.Contacts, "duplicate_group", "CrmSync duplicate group", ComputedPropertyType.Text, "");

    [Fact]
    public async Task EnsureProperties_MissingFields_StopsWithOneMessageListingFieldsTypesAndAccess()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync(configure: o => o.CustomFields = []);
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));

        var e = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.EnsurePropertiesAsync([DaysInStage, Group], TestContext.Current.CancellationToken));

        Assert.Equal(CrmFailureKind.MissingScopes, e.Kind);
        Assert.Contains("Opportunity.CrmSync_Days_In_Stage__c (Number(18, 3)", e.Message, StringComparison.Ordinal);
        Assert.Contains("Contact.CrmSync_Duplicate_Group__c (Text(255)", e.Message, StringComparison.Ordinal);
        Assert.Contains("permission set", e.Message, StringComparison.Ordinal);
        Assert.Empty(org.State.FindRequests("PATCH", "/composite/sobjects"));
    }

    [Fact]
    public async Task Update_WritesByIndex_RetriesLockedRows_AndReportsRejectionsPerRecord()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var ct = TestContext.Current.CancellationToken;
        var ids = org.State.Query("SELECT Id FROM Opportunity ORDER BY Id LIMIT 250").Select(r => (string)r["Id"]!).ToList();
        org.State.LockRecord(ids[3], 2);
        org.State.LockRecord(ids[4], 50);
        org.State.FailValidation(ids[5], "Close date must be in the future");
        await connector.EnsurePropertiesAsync([DaysInStage], ct);

        var outcome = await connector.UpdateAsync(CrmObjectTypes.Deals,
            ids.Select((id, i) => new RecordUpdate(id, new Dictionary<string, string?> { ["days_in_stage"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToList(), ct);

        Assert.Equal(ids.Count - 2, outcome.Succeeded.Count);
        Assert.Contains(ids[3], outcome.Succeeded);
        Assert.Equal("UNABLE_TO_LOCK_ROW", outcome.Failed.Single(f => f.RecordId == ids[4]).Code);
        var invalid = outcome.Failed.Single(f => f.RecordId == ids[5]);
        Assert.Equal("FIELD_CUSTOM_VALIDATION_EXCEPTION", invalid.Code);
        Assert.Contains("Close date must be in the future", invalid.Message, StringComparison.Ordinal);
        Assert.Equal(7.0, Convert.ToDouble(org.State.GetRecord(ids[7])!["CrmSync_Days_In_Stage__c"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3.0, Convert.ToDouble(org.State.GetRecord(ids[3])!["CrmSync_Days_In_Stage__c"], System.Globalization.CultureInfo.InvariantCulture));
        // 250 records: two collection calls, then one per lock retry, each counted.
        Assert.InRange(outcome.Calls, 2 + 1, 2 + 4);
        Assert.Equal(org.State.FindRequests("PATCH", "/composite/sobjects").Count, outcome.Calls);
    }

    [Fact]
    public async Task Update_DuplicateRuleRejection_IsRecordedForThatRecordOnly()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var ct = TestContext.Current.CancellationToken;
        var ids = org.State.Query("SELECT Id FROM Contact ORDER BY Id LIMIT 3").Select(r => (string)r["Id"]!).ToList();
        org.State.AddDuplicateRule("Contact", "CrmSync_Duplicate_Group__c");
        org.State.UpdateAsUser(ids[0], new Dictionary<string, object?> { ["CrmSync_Duplicate_Group__c"] = "g-1" });

        var outcome = await connector.UpdateAsync(CrmObjectTypes.Contacts,
            [new(ids[1], new Dictionary<string, string?> { ["duplicate_group"] = "g-1" }), new(ids[2], new Dictionary<string, string?> { ["duplicate_group"] = "g-2" })], ct);

        Assert.Equal([ids[2]], outcome.Succeeded);
        Assert.Equal("DUPLICATES_DETECTED", Assert.Single(outcome.Failed).Code);
    }

    [Fact]
    public async Task Update_RefusesCanonicalFields_AndMergeIsNotOffered()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync();
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<ArgumentException>(() => connector.UpdateAsync(CrmObjectTypes.Contacts, [new("0038c0000000001AAA", new Dictionary<string, string?> { ["email"] = "x" })], ct));
        var merge = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.MergeAsync(CrmObjectTypes.Contacts, "a", "b", ct));
        Assert.Contains("Dedupe:AutoMerge:Enabled", merge.Message, StringComparison.Ordinal);
    }
}
