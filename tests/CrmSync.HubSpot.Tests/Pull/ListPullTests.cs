using System.Text.Json;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Pull;

public sealed class ListPullTests : WireMockTestBase
{
    private const string ContactsPath = "/crm/v3/objects/contacts";

    private static PullRequest Pull(string type, PullMode mode = PullMode.Incremental, string? cursor = null, string[]? history = null, string[]? associations = null) =>
        new(type, mode, cursor, type == CrmObjectTypes.Deals ? ["name", "amount"] : ["email", "first_name"], history ?? [], associations ?? []);

    private void StubContactPages()
    {
        Server.Given(Request.Create().WithPath(ContactsPath).UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([HubSpotBodies.Contact("1"), HubSpotBodies.Contact("2")], "p2")));
        Server.Given(Request.Create().WithPath(ContactsPath).UsingGet().WithParam("after", "p2")).AtPriority(5)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([HubSpotBodies.Contact("3"), HubSpotBodies.Contact("4")], "p3")));
        Server.Given(Request.Create().WithPath(ContactsPath).UsingGet().WithParam("after", "p3")).AtPriority(5)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([HubSpotBodies.Contact("5")], null)));
        Server.Given(Request.Create().WithPath(ContactsPath).UsingGet().WithParam("archived", "true")).AtPriority(1)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([HubSpotBodies.Contact("9")], null)));
    }

    [Fact]
    public async Task PullAsync_FirstPull_PagesListToLastPageThenArchivedPass()
    {
        StubContactPages();
        var connector = Connect();
        var before = DateTimeOffset.UtcNow;

        var pages = await connector.PullAsync(Pull(CrmObjectTypes.Contacts), Ct).ToListAsync(Ct);

        Assert.Equal(4, pages.Count);
        Assert.Equal(["1", "2", "3", "4", "5"], pages.Take(3).SelectMany(p => p.Records).Select(r => r.Id));
        Assert.All(pages.Take(3).SelectMany(p => p.Records), r => Assert.False(r.Archived));
        var archived = Assert.Single(pages[3].Records);
        Assert.True(archived.Archived);
        Assert.Equal("c1@example.com", pages[0].Records[0].Get("email"));
        Assert.Equal("2024-07-01T09:12:44.120Z", pages[0].Records[0].Get("modified_at"));
        Assert.Equal(["email", "modified_at"], pages[0].Records[0].Properties.Keys.Order());
        Assert.Equal(4, connector.Stats.Calls);

        using var final = JsonDocument.Parse(pages[^1].Cursor);
        Assert.Equal("search", final.RootElement.GetProperty("kind").GetString());
        var since = final.RootElement.GetProperty("since").GetDateTimeOffset();
        Assert.Equal(since, final.RootElement.GetProperty("until").GetDateTimeOffset());
        Assert.InRange(since, before.AddSeconds(-1), DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task PullAsync_ListRequests_SendPageSizePropertiesAssociationsAndBearerToken()
    {
        StubContactPages();
        var connector = Connect();

        await connector.PullAsync(Pull(CrmObjectTypes.Contacts, associations: ["companies"]), Ct).ToListAsync(Ct);

        var first = Requests(ContactsPath)[0];
        Assert.Equal("100", Query(first, "limit"));
        Assert.Equal("companies", Query(first, "associations"));
        var properties = Query(first, "properties")!.Split(',');
        Assert.Contains("lastmodifieddate", properties);
        Assert.Contains("hubspot_owner_id", properties);
        Assert.Contains("email", properties);
        Assert.Contains("firstname", properties);
        Assert.DoesNotContain("first_name", properties);
        Assert.Equal($"Bearer {TestConnector.Token}", first.RequestMessage.Headers!["Authorization"].Single());
        var archivedCall = Requests(ContactsPath).Single(e => Query(e, "archived") == "true");
        Assert.Null(Query(archivedCall, "associations"));
    }

    [Fact]
    public async Task PullAsync_CursorFromInterruptedList_ResumesAtStoredAfter()
    {
        StubContactPages();
        var connector = Connect();
        var pages = await connector.PullAsync(Pull(CrmObjectTypes.Contacts), Ct).ToListAsync(Ct);
        Server.ResetLogEntries();

        var resumed = await connector.PullAsync(Pull(CrmObjectTypes.Contacts, cursor: pages[0].Cursor), Ct).ToListAsync(Ct);

        Assert.Equal(["3", "4", "5", "9"], resumed.SelectMany(p => p.Records).Select(r => r.Id));
        Assert.Equal("p2", Query(Requests(ContactsPath)[0], "after"));
    }

    [Fact]
    public async Task PullAsync_FullModeWithCompletedCursor_StartsANewListPull()
    {
        StubContactPages();
        var connector = Connect();
        var pages = await connector.PullAsync(Pull(CrmObjectTypes.Contacts), Ct).ToListAsync(Ct);
        Server.ResetLogEntries();

        var full = await connector.PullAsync(Pull(CrmObjectTypes.Contacts, PullMode.Full, pages[^1].Cursor), Ct).ToListAsync(Ct);

        Assert.Equal(6, full.SelectMany(p => p.Records).Count());
        Assert.Empty(Requests(ContactsPath + "/search"));
    }

    [Fact]
    public async Task PullAsync_DealsWithHistory_ListsFiftyAtATimeAndSortsHistoryOldestFirst()
    {
        Server.Given(Request.Create().WithPath("/crm/v3/objects/deals").UsingGet()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            results = new[]
            {
                new
                {
                    id = "512",
                    properties = new Dictionary<string, string> { ["dealstage"] = "contractsent", ["hs_lastmodifieddate"] = "2024-07-01T09:12:44.120Z" },
                    createdAt = "2024-05-02T08:00:00.000Z",
                    updatedAt = "2024-07-01T09:12:44.120Z",
                    archived = false,
                    associations = new { companies = new { results = new[] { new { id = "9001", type = "deal_to_company" }, new { id = "9001", type = "deal_to_company_unlabeled" } } } },
                    propertiesWithHistory = new
                    {
                        dealstage = new[]
                        {
                            new { value = "contractsent", timestamp = "2024-07-01T09:12:44.120Z", sourceType = "CRM_UI" },
                            new { value = "appointmentscheduled", timestamp = "2024-05-02T08:00:00.000Z", sourceType = "API" },
                        },
                    },
                },
            },
        }));
        var connector = Connect();

        var pages = await connector.PullAsync(Pull(CrmObjectTypes.Deals, history: ["stage"], associations: ["companies", "contacts"]), Ct).ToListAsync(Ct);

        var deal = pages[0].Records.Single();
        Assert.Equal(["9001"], deal.Associations["companies"]);
        Assert.Empty(deal.Associations["contacts"]);
        Assert.Equal(["appointmentscheduled", "contractsent"], deal.History["stage"].Select(h => h.Value));
        Assert.Equal(["stage"], deal.History.Keys);
        Assert.Equal("contractsent", deal.Get("stage"));
        Assert.Null(deal.Get("dealstage"));
        var live = Requests("/crm/v3/objects/deals").First(e => Query(e, "archived") is null);
        Assert.Equal("50", Query(live, "limit"));
        Assert.Equal("dealstage", Query(live, "propertiesWithHistory"));
    }

    [Fact]
    public async Task PullAsync_EmbeddedAssociationsCutShort_RereadsThemThroughV4Batch()
    {
        Server.Given(Request.Create().WithPath("/crm/v3/objects/deals").UsingGet()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            results = new[]
            {
                new
                {
                    id = "512", properties = new Dictionary<string, string>(), createdAt = "2024-05-02T08:00:00.000Z",
                    updatedAt = "2024-07-01T09:12:44.120Z", archived = false,
                    associations = new { contacts = new { results = new[] { new { id = "301", type = "deal_to_contact" } }, paging = new { next = new { after = "MTAw" } } } },
                },
            },
        }));
        Server.Given(Request.Create().WithPath("/crm/v4/associations/deals/contacts/batch/read").UsingPost()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            status = "COMPLETE",
            results = new[] { new { from = new { id = "512" }, to = new object[] { new { toObjectId = 301 }, new { toObjectId = "302" } } } },
        }));
        var connector = Connect();

        var pages = await connector.PullAsync(Pull(CrmObjectTypes.Deals, associations: ["contacts"]), Ct).ToListAsync(Ct);

        Assert.Equal(["301", "302"], pages[0].Records.Single().Associations["contacts"]);
    }

    [Fact]
    public async Task PullAsync_CallerStopsAfterFirstPage_DropsThePrefetchedPageQuietly()
    {
        StubContactPages();
        var connector = Connect();
        var seen = new List<PulledPage>();

        await foreach (var page in connector.PullAsync(Pull(CrmObjectTypes.Contacts), Ct))
        {
            seen.Add(page);
            break;
        }

        Assert.Single(seen);
        Assert.InRange(Requests(ContactsPath).Count, 1, 2);
    }

    [Fact]
    public async Task PullAsync_CursorOfAnotherObjectType_ThrowsNamingBoth()
    {
        StubContactPages();
        var connector = Connect();
        var pages = await connector.PullAsync(Pull(CrmObjectTypes.Contacts), Ct).ToListAsync(Ct);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            async () => await connector.PullAsync(Pull(CrmObjectTypes.Deals, cursor: pages[0].Cursor), Ct).ToListAsync(Ct));

        Assert.Contains("'deals'", error.Message);
        Assert.Contains("'contacts'", error.Message);
    }
}
