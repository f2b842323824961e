using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Salesforce.Tests.Support;
using CrmSync.Sandbox.Salesforce;

namespace CrmSync.Salesforce.Tests.Pull;

/// <summary>
/// The tenant's Account fields for the contract end and usage (<c>CompanyContractEndField</c>, <c>CompanyUsageField</c>)
/// come back as the canonical <c>contract_end</c> and <c>usage</c>; without them those keys are accepted and never set;
/// the opportunity's Type is the canonical <c>deal_type</c>.
/// </summary>
public class CompanyContractFieldsPullTests
{
    private static readonly string[] Keys = [CanonicalFields.Name, CanonicalFields.ContractEnd, CanonicalFields.Usage];

    [Fact]
    public async Task Pull_ConfiguredAccountField_IsTheCompanysContractEnd()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync(configure: o => o.RenewalCases = true);
        var options = SalesforceTestConnector.For(org);
        options.CompanyContractEndField = SalesforceOrgState.ContractEndField;
        var connector = SalesforceTestConnector.Create(options);

        var companies = (await SalesforceTestConnector.PullAllAsync(connector, new PullRequest(CrmObjectTypes.Companies, PullMode.Full, null, Keys, [], [])))
            .SelectMany(p => p.Records).ToDictionary(r => r.Id);

        var planted = org.State.PlantedRenewalCases;
        Assert.NotEmpty(planted);
        foreach (var account in planted)
        {
            var expected = ((DateOnly)org.State.GetRecord(account.CompanyId)![SalesforceOrgState.ContractEndField]!).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith(expected, companies[account.CompanyId].Get(CanonicalFields.ContractEnd));
        }

        Assert.Equal(companies.Count - planted.Count, companies.Values.Count(c => c.Get(CanonicalFields.ContractEnd) is null));
        Assert.All(companies.Values, c => Assert.Null(c.Get(CanonicalFields.Usage)));
    }

    [Fact]
    public async Task Pull_NotConfigured_ContractEndAcceptedAndNeverSet_DealTypeMapped()
    {
        await using var org = await SalesforceTestConnector.StartOrgAsync(configure: o => o.RenewalCases = true);
        var connector = SalesforceTestConnector.Create(SalesforceTestConnector.For(org));

        var companies = (await SalesforceTestConnector.PullAllAsync(connector, new PullRequest(CrmObjectTypes.Companies, PullMode.Full, null, Keys, [], [])))
            .SelectMany(p => p.Records).ToList();
        var deals = (await SalesforceTestConnector.PullAllAsync(connector, new PullRequest(CrmObjectTypes.Deals, PullMode.Full, null, [CanonicalFields.DealType], [], [])))
            .SelectMany(p => p.Records).ToList();

        Assert.All(companies, c => Assert.Null(c.Get(CanonicalFields.ContractEnd)));
        Assert.Contains(deals, d => d.Get(CanonicalFields.DealType) == "Renewal");
        var types = org.State.Query("SELECT Id, Type FROM Opportunity").ToDictionary(r => (string)r["Id"]!, r => (string?)r["Type"]);
        Assert.All(deals, d => Assert.Equal(types[d.Id], d.Get(CanonicalFields.DealType)));
    }

    [Theory]
    [InlineData("Contract_End_Date__c", true)]
    [InlineData("Active Users", false)]
    [InlineData("Name", false)]
    [InlineData("CrmSync_Health_Score__c", false)]
    public void Validator_AccountFieldNames(string name, bool accepted)
    {
        var options = SalesforceTestConnector.ClientCredentials("https://acme.my.salesforce.com");
        options.CompanyUsageField = name;

        var problems = SalesforceConnectorOptionsValidator.Validate("CrmSync:Connectors:org", options);

        Assert.Equal(accepted, !problems.Any(p => p.StartsWith("CrmSync:Connectors:org:CompanyUsageField: ", StringComparison.Ordinal)));
    }
}
