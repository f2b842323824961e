using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Pull;

/// <summary>
/// Issue 9 point 2: the company property named by <c>CompanyRevenueProperty</c> is pulled with its value history as the
/// company's <c>recurring_amount</c> (the money source <c>CompanyProperty</c>); without the setting nothing changes.
/// </summary>
public sealed class CompanyRevenuePropertyTests : WireMockTestBase
{
    private const string CompaniesPath = "/crm/v3/objects/companies";

    private static readonly object Company = new
    {
        id = "901",
        properties = new Dictionary<string, string?>
        {
            ["name"] = "Acme", ["mrr"] = "1500", ["hs_lastmodifieddate"] = "2025-03-10T08:00:00.000Z", ["createdate"] = "2024-12-01T08:00:00.000Z",
        },
        createdAt = "2024-12-01T08:00:00.000Z",
        updatedAt = "2025-03-10T08:00:00.000Z",
        archived = false,
        propertiesWithHistory = new
        {
            mrr = new[]
            {
                new { value = "1500", timestamp = "2025-03-10T08:00:00.000Z", sourceType = "CRM_UI" },
                new { value = "1000", timestamp = "2025-01-15T08:00:00.000Z", sourceType = "CRM_UI" },
            },
        },
    };

    [Fact]
    public async Task Configured_ThePropertyAndItsHistoryComeBackAsRecurringAmount()
    {
        Server.Given(Request.Create().WithPath(CompaniesPath).UsingGet())
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([Company], null)));
        var connector = Connect(o => o.CompanyRevenueProperty = "mrr");

        var pages = await connector.PullAsync(new PullRequest(CrmObjectTypes.Companies, PullMode.Full, null, [CanonicalFields.Name], [], []), Ct).ToListAsync(Ct);

        var company = pages.SelectMany(p => p.Records).Single(r => !r.Archived);
        Assert.Equal("1500", company.Get(CanonicalFields.RecurringAmount));
        Assert.Equal([("1000", "2025-01-15"), ("1500", "2025-03-10")],
            company.History[CanonicalFields.RecurringAmount].Select(h => (h.Value, h.Timestamp.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        var live = Requests(CompaniesPath).First(e => Query(e, "archived") is null);
        Assert.Contains("mrr", Query(live, "properties")!.Split(','));
        Assert.Equal("mrr", Query(live, "propertiesWithHistory"));
    }

    [Fact]
    public async Task NotConfigured_NoHistoryIsAskedAndTheKeyIsAbsent()
    {
        Server.Given(Request.Create().WithPath(CompaniesPath).UsingGet())
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([Company], null)));
        var connector = Connect();

        var pages = await connector.PullAsync(new PullRequest(CrmObjectTypes.Companies, PullMode.Full, null, [CanonicalFields.Name], [], []), Ct).ToListAsync(Ct);

        var company = pages.SelectMany(p => p.Records).Single(r => !r.Archived);
        Assert.Null(company.Get(CanonicalFields.RecurringAmount));
        Assert.Empty(company.History);
        Assert.Null(Query(Requests(CompaniesPath).First(e => Query(e, "archived") is null), "propertiesWithHistory"));
    }
}
