namespace CrmSync.Worker.Tests.Configuration;

/// <summary><c>crmsync config check</c> names every bad renewal, health-score and company-field key.</summary>
public class RenewalHealthConfigCheckTests
{
    [Fact]
    public async Task ConfigCheck_BadWeightsWindowAndFieldNames_EachNamedByItsKey()
    {
        var (exit, text) = await ConfigCheckCommandTests.CheckAsync("""
            {
              "CrmSync": {
                "Connectors": {
                  "acme": {
                    "Kind": "HubSpot",
                    "AccessToken": "pat-na1-x",
                    "CompanyContractEndField": "Contract End",
                    "Renewals": { "Enabled": true, "RenewalWindowDays": 0 },
                    "HealthScore": { "Enabled": true, "Weights": { "Activity": 50, "Usage": 10 } }
                  }
                }
              }
            }
            """);

        Assert.NotEqual(0, exit);
        const string Connector = "CrmSync:Connectors:acme";
        Assert.Contains($"error: {Connector}:CompanyContractEndField: must be a HubSpot company property's internal name", text);
        Assert.Contains($"error: {Connector}:Renewals:RenewalWindowDays", text);
        Assert.Contains($"error: {Connector}:HealthScore:Weights", text);
        Assert.Contains("must add up to 100 (was 125: Activity 50, Champion 25, Renewal 25, OpenDeals 15, Usage 10)", text);
        Assert.Contains($"{Connector}:HealthScore:UsageHealthyAt", text);
        Assert.Contains("4 configuration problem(s)", text);
    }

    [Fact]
    public async Task ConfigCheck_SalesforceAccountFieldName_Checked()
    {
        var (exit, text) = await ConfigCheckCommandTests.CheckAsync("""
            {
              "CrmSync": {
                "Connectors": {
                  "org": {
                    "Kind": "Salesforce",
                    "Auth": { "Flow": "ClientCredentials", "ClientId": "id", "ClientSecret": "secret" },
                    "LoginUrl": "https://acme.my.salesforce.com",
                    "CompanyContractEndField": "Contract_End_Date__c",
                    "CompanyUsageField": "Active Users"
                  }
                }
              }
            }
            """);

        Assert.NotEqual(0, exit);
        Assert.Contains("error: CrmSync:Connectors:org:CompanyUsageField: must be an Account field's API name", text);
        Assert.DoesNotContain("CompanyContractEndField", text);
        Assert.Contains("1 configuration problem(s)", text);
    }
}
