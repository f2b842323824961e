namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class UserActionTests : SalesforceTestBase
{
    [Fact]
    public void ConvertLead_ForSeeding_SetsTheConversionFieldsQueriesSee()
    {
        var lead = Org.FirstId("SELECT Id FROM Lead WHERE IsConverted = false ORDER BY Id LIMIT 1");
        var contact = Org.FirstId("SELECT Id FROM Contact WHERE AccountId != null ORDER BY Id LIMIT 1");
        var account = (string)Org.State.GetRecord(contact)!["AccountId"]!;

        Org.State.ConvertLead(lead, contact, account, opportunityId: null, new DateOnly(2025, 3, 1));

        var row = Assert.Single(Org.State.Query($"SELECT Id, Status, IsConverted, ConvertedDate, ConvertedContactId, ConvertedAccountId, ConvertedOpportunityId FROM Lead WHERE IsConverted = true AND Id = '{lead}'"));
        Assert.Equal(("Closed - Converted", new DateOnly(2025, 3, 1), contact, account), ((string)row["Status"]!, (DateOnly)row["ConvertedDate"]!, (string)row["ConvertedContactId"]!, (string)row["ConvertedAccountId"]!));
        Assert.Null(row["ConvertedOpportunityId"]);
        Assert.Throws<ArgumentException>(() => Org.State.ConvertLead(lead, account, account, null, new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void UpdateAndDeleteAsUser_ApplyWithoutApiCallsAndValidate()
    {
        var opportunity = Org.FirstId("SELECT Id FROM Opportunity WHERE IsClosed = false ORDER BY Id LIMIT 1");

        Org.State.UpdateAsUser(opportunity, new Dictionary<string, object?> { ["StageName"] = "Closed Lost", ["CloseDate"] = new DateOnly(2025, 3, 10) });
        Org.State.DeleteAsUser(opportunity);

        var record = Org.State.GetRecord(opportunity)!;
        Assert.Equal(("Closed Lost", true, false, true), ((string)record["StageName"]!, (bool)record["IsClosed"]!, (bool)record["IsWon"]!, (bool)record["IsDeleted"]!));
        Assert.Equal(0, Org.State.ApiUsage);
        Assert.Throws<ArgumentException>(() => Org.State.UpdateAsUser(Org.FirstId("SELECT Id FROM Account LIMIT 1"), new Dictionary<string, object?> { ["Nope"] = 1 }));
        Assert.Throws<KeyNotFoundException>(() => Org.State.DeleteAsUser("001000000000000AAA"));
    }
}
