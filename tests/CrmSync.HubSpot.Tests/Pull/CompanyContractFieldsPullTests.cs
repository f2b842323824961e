using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.HubSpot.Mapping;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Pull;

/// <summary>
/// The tenant's company properties for the contract end and usage (<c>CompanyContractEndField</c>,
/// <c>CompanyUsageField</c>): pulled under their names and returned as the canonical <c>contract_end</c> and
/// <c>usage</c>; without them those keys are asked for and simply never set (HubSpot has no default property).
/// </summary>
public sealed class CompanyContractFieldsPullTests : WireMockTestBase
{
    private const string CompaniesPath = "/crm/v3/objects/companies";
    private static readonly string[] Keys = [CanonicalFields.Name, CanonicalFields.ContractEnd, CanonicalFields.Usage];

    private static object Company(string id) => new
    {
        id,
        properties = new Dictionary<string, string?>
        {
            ["name"] = "Acme", ["contract_end_date"] = "2027-03-31", ["active_users"] = "42", ["hs_object_id"] = id,
            ["hs_lastmodifieddate"] = "2026-07-01T09:12:44.120Z", ["createdate"] = "2024-05-02T08:00:00.000Z",
        },
        createdAt = "2024-05-02T08:00:00.000Z",
        updatedAt = "2026-07-01T09:12:44.120Z",
        archived = false,
    };

    [Fact]
    public async Task PullAsync_ConfiguredFields_RequestedByTheirNames_ReturnedCanonical()
    {
        Server.Given(Request.Create().WithPath(CompaniesPath).UsingGet()).RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([Company("9")], null)));
        var connector = Connect(o => (o.CompanyContractEndField, o.CompanyUsageField) = ("contract_end_date", "active_users"));

        var pages = await connector.PullAsync(new PullRequest(CrmObjectTypes.Companies, PullMode.Full, null, Keys, [], []), Ct).ToListAsync(Ct);

        var company = pages[0].Records.Single();
        Assert.Equal("2027-03-31", company.Get(CanonicalFields.ContractEnd));
        Assert.Equal("42", company.Get(CanonicalFields.Usage));
        var asked = Query(Requests(CompaniesPath).First(e => Query(e, "archived") is null), "properties")!.Split(',');
        Assert.Contains("contract_end_date", asked);
        Assert.Contains("active_users", asked);
    }

    [Fact]
    public async Task PullAsync_NotConfigured_AsksForNeither_AndSetsNothing()
    {
        Server.Given(Request.Create().WithPath(CompaniesPath).UsingGet()).RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([Company("9")], null)));
        var connector = Connect();

        var pages = await connector.PullAsync(new PullRequest(CrmObjectTypes.Companies, PullMode.Full, null, Keys, [], []), Ct).ToListAsync(Ct);

        var company = pages[0].Records.Single();
        Assert.Null(company.Get(CanonicalFields.ContractEnd));
        Assert.Null(company.Get(CanonicalFields.Usage));
        var asked = Query(Requests(CompaniesPath).First(e => Query(e, "archived") is null), "properties")!.Split(',');
        Assert.DoesNotContain("contract_end_date", asked);
        Assert.Contains("name", asked);
    }

    [Theory]
    [InlineData("contract_end_date", true)]
    [InlineData("Contract End", false)]
    [InlineData("name", false)]
    [InlineData("crmsync_health_score", false)]
    [InlineData("", false)]
    public void IsCustomPropertyName_InternalNamesOnly_NotMappedOnes(string name, bool accepted) =>
        Assert.Equal(accepted, HubSpotFieldMaps.IsCustomPropertyName(name));

    [Fact]
    public void Validator_NamesTheKey()
    {
        var problems = HubSpotConnectorOptionsValidator.Validate("CrmSync:Connectors:acme",
            new HubSpotConnectorOptions { AccessToken = "pat-x", CompanyContractEndField = "Contract End", CompanyUsageField = "active_users" });

        Assert.Equal("CrmSync:Connectors:acme:CompanyContractEndField: must be a HubSpot company property's internal name (lowercase letters, digits, _; not one CrmSync already maps), got 'Contract End'",
            Assert.Single(problems));
    }
}
