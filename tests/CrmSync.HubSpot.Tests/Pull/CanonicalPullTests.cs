using System.Text.Json;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Pull;

/// <summary>Pulls speak canonical keys: requests carry HubSpot names, records and their history come back canonical.</summary>
public sealed class CanonicalPullTests : WireMockTestBase
{
    private const string DealsPath = "/crm/v3/objects/deals";

    private static readonly string[] DealKeys =
    [
        CanonicalFields.Name, CanonicalFields.Stage, CanonicalFields.IsClosed, CanonicalFields.CurrentStageEnteredAt,
        CanonicalFields.StageEnteredAt("contractsent"), "days_in_stage",
    ];

    private static object Deal(string id) => new
    {
        id,
        properties = new Dictionary<string, string?>
        {
            ["dealname"] = "Acme renewal", ["dealstage"] = "contractsent", ["pipeline"] = "default", ["hs_is_closed"] = "false",
            ["hs_lastmodifieddate"] = "2024-07-01T09:12:44.120Z", ["createdate"] = "2024-05-02T08:00:00.000Z",
            ["hubspot_owner_id"] = "64492917", ["hs_v2_date_entered_current_stage"] = "2024-06-01T08:00:00.000Z",
            ["hs_v2_date_entered_contractsent"] = "2024-06-01T08:00:00.000Z", ["crmsync_days_in_stage"] = "30",
            ["hs_object_id"] = id, ["hs_v2_date_exited_qualifiedtobuy"] = "2024-06-01T08:00:00.000Z",
        },
        createdAt = "2024-05-02T08:00:00.000Z",
        updatedAt = "2024-07-01T09:12:44.120Z",
        archived = false,
        propertiesWithHistory = new
        {
            dealstage = new[] { new { value = "contractsent", timestamp = "2024-06-01T08:00:00.000Z", sourceType = "CRM_UI" } },
            hs_object_id = new[] { new { value = id, timestamp = "2024-05-02T08:00:00.000Z", sourceType = "API" } },
        },
    };

    private static readonly Dictionary<string, string?> ExpectedDeal = new()
    {
        ["name"] = "Acme renewal", ["stage"] = "contractsent", ["pipeline"] = "default", ["is_closed"] = "false",
        ["modified_at"] = "2024-07-01T09:12:44.120Z", ["created_at"] = "2024-05-02T08:00:00.000Z", ["owner_id"] = "64492917",
        ["current_stage_entered_at"] = "2024-06-01T08:00:00.000Z", ["stage_entered_at:contractsent"] = "2024-06-01T08:00:00.000Z",
        ["days_in_stage"] = "30",
    };

    [Fact]
    public async Task PullAsync_ListOfDeals_RequestsHubSpotNamesAndReturnsCanonicalPropertiesAndHistory()
    {
        Server.Given(Request.Create().WithPath(DealsPath).UsingGet())
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([Deal("512")], null)));
        var connector = Connect();

        var pages = await connector.PullAsync(new PullRequest(CrmObjectTypes.Deals, PullMode.Full, null, DealKeys, [CanonicalFields.Stage], []), Ct).ToListAsync(Ct);

        var deal = pages[0].Records.Single();
        Assert.Equal(ExpectedDeal, deal.Properties);
        Assert.Equal(["stage"], deal.History.Keys);
        Assert.Equal("contractsent", Assert.Single(deal.History["stage"]).Value);

        var live = Requests(DealsPath).First(e => Query(e, "archived") is null);
        Assert.Equal(
            ["createdate", "crmsync_days_in_stage", "dealname", "dealstage", "hs_is_closed", "hs_lastmodifieddate", "hs_merged_object_ids",
             "hs_v2_date_entered_contractsent", "hs_v2_date_entered_current_stage", "hubspot_owner_id", "pipeline"],
            Query(live, "properties")!.Split(',').Order(StringComparer.Ordinal));
        Assert.Equal("dealstage", Query(live, "propertiesWithHistory"));
    }

    [Fact]
    public async Task PullAsync_SearchPageOfDeals_SendsHubSpotNamesAndMapsBatchReadHistoryKeys()
    {
        Server.Given(Request.Create().WithPath(DealsPath + "/search").UsingPost())
            .RespondWith(Response.Create().WithBodyAsJson(new { total = 1, results = new[] { Deal("512") } }));
        Server.Given(Request.Create().WithPath(DealsPath + "/batch/read").UsingPost()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            status = "COMPLETE",
            results = new[] { Deal("512") },
        }));
        var cursor = JsonSerializer.Serialize(new { v = 1, type = "deals", kind = "search", since = DateTimeOffset.UtcNow.AddHours(-1), until = DateTimeOffset.UtcNow.AddHours(-1) });
        var connector = Connect();

        var pages = await connector.PullAsync(
            new PullRequest(CrmObjectTypes.Deals, PullMode.Incremental, cursor, DealKeys, [CanonicalFields.Stage, CanonicalFields.Amount], []), Ct).ToListAsync(Ct);

        var deal = pages.SelectMany(p => p.Records).Single();
        Assert.Equal(ExpectedDeal, deal.Properties);
        Assert.Equal(["stage"], deal.History.Keys);
        var search = Body(Requests(DealsPath + "/search").Single());
        Assert.Equal(["hs_lastmodifieddate"], search.GetProperty("properties").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("hs_lastmodifieddate", search.GetProperty("filterGroups")[0].GetProperty("filters")[0].GetProperty("propertyName").GetString());
        var batchRead = Body(Requests(DealsPath + "/batch/read").Single());
        var requested = batchRead.GetProperty("properties").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("hs_v2_date_entered_contractsent", requested);
        Assert.Contains("crmsync_days_in_stage", requested);
        Assert.DoesNotContain("stage", requested);
        Assert.Equal(["dealstage", "amount"], batchRead.GetProperty("propertiesWithHistory").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task PullAsync_ArchivedContacts_ComeBackWithCanonicalKeysToo()
    {
        Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([], null)));
        Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts").UsingGet().WithParam("archived", "true")).AtPriority(1)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([HubSpotBodies.Contact("9", "gone@example.com")], null)));
        var connector = Connect();

        var pages = await connector.PullAsync(new PullRequest(CrmObjectTypes.Contacts, PullMode.Full, null, [CanonicalFields.Email], [], []), Ct).ToListAsync(Ct);

        var archived = pages.SelectMany(p => p.Records).Single();
        Assert.True(archived.Archived);
        Assert.Equal(new Dictionary<string, string?> { ["email"] = "gone@example.com", ["modified_at"] = "2024-07-01T09:12:44.120Z" }, archived.Properties);
    }

    [Theory]
    [InlineData(CrmObjectTypes.Deals, "Stage", false)]
    [InlineData(CrmObjectTypes.Deals, "dealstage", false)]
    [InlineData(CrmObjectTypes.Contacts, "contract_end", false)]
    [InlineData(CrmObjectTypes.Deals, "dealstage", true)]
    public async Task PullAsync_KeyThatMapsToNothing_ThrowsNamingKeyAndTypeBeforeAnyCall(string objectType, string key, bool asHistory)
    {
        var connector = Connect();
        var request = new PullRequest(objectType, PullMode.Full, null, asHistory ? [] : [key], asHistory ? [key] : [], []);

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await connector.PullAsync(request, Ct).ToListAsync(Ct));

        Assert.Contains($"'{key}'", error.Message);
        Assert.Contains($"'{objectType}'", error.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task PullAsync_Leads_IsRejectedBeforeAnyCall()
    {
        var connector = Connect();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            async () => await connector.PullAsync(new PullRequest(CrmObjectTypes.Leads, PullMode.Full, null, [], [], []), Ct).ToListAsync(Ct));

        Assert.Contains("'leads'", error.Message);
        Assert.Empty(Server.LogEntries);
    }
}
