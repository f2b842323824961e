using System.Text.Json;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.HubSpot.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Pull;

/// <summary>
/// HubSpot changes no modified date when only an association changes, so the incremental search cannot see a contact
/// moved to another company. Every AssociationRefreshInterval an incremental pull re-reads all associations.
/// </summary>
public sealed class AssociationRefreshTests : WireMockTestBase
{
    private const string ContactsPath = "/crm/v3/objects/contacts";
    private static readonly DateTimeOffset Now = new(2024, 7, 1, 12, 0, 0, TimeSpan.Zero);

    private static object Listed(string id, params long[] companies) => new
    {
        id,
        properties = new { hs_object_id = id },
        createdAt = "2024-05-02T08:00:00.000Z",
        updatedAt = "2024-05-02T08:00:00.000Z",
        archived = false,
        associations = new { companies = new { results = companies.Select(c => new { id = c, type = "contact_to_company" }) } },
    };

    private static string Cursor(DateTimeOffset refreshedAt, string? phase = null, string? after = null, DateTimeOffset? startedAt = null) =>
        JsonSerializer.Serialize(new { v = 1, type = "contacts", kind = "search", since = Now.AddHours(-1), until = Now.AddHours(-1), associationsRefreshedAt = refreshedAt, phase, after, startedAt });

    private static PullRequest Incremental(string cursor) => new(CrmObjectTypes.Contacts, PullMode.Incremental, cursor, ["email"], [], ["companies"]);

    private void StubEmptySearchAndTwoListPages()
    {
        Server.Given(Request.Create().WithPath(ContactsPath + "/search").UsingPost())
            .RespondWith(Response.Create().WithBodyAsJson(new { total = 0, results = Array.Empty<object>() }));
        Server.Given(Request.Create().WithPath(ContactsPath).UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([Listed("1", 9001), Listed("2", 9002, 9003)], "p2")));
        Server.Given(Request.Create().WithPath(ContactsPath).UsingGet().WithParam("after", "p2")).AtPriority(5)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([Listed("3")], null)));
    }

    [Fact]
    public async Task PullAsync_IntervalPassed_AfterTheWindowListsIdsWithAssociationsOnlyAndRecordsWhenItStarted()
    {
        StubEmptySearchAndTwoListPages();
        var connector = Connect(o => o.AssociationRefreshInterval = TimeSpan.FromHours(1), new FakeTimeProvider(Now));

        var pages = await connector.PullAsync(Incremental(Cursor(Now.AddHours(-2))), Ct).ToListAsync(Ct);

        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Empty(p.Records));
        var current = pages.SelectMany(p => p.Associations).ToDictionary(a => a.Id, a => a.ByType["companies"]);
        Assert.Equal(["9001"], current["1"]);
        Assert.Equal(["9002", "9003"], current["2"]);
        Assert.Empty(current["3"]);
        var first = Requests(ContactsPath, "GET")[0];
        Assert.Equal("hs_object_id,hs_merged_object_ids", Query(first, "properties"));
        Assert.Equal("companies", Query(first, "associations"));
        Assert.Equal("100", Query(first, "limit"));

        using var middle = JsonDocument.Parse(pages[1].Cursor);
        Assert.Equal(("associations", "p2"), (middle.RootElement.GetProperty("phase").GetString(), middle.RootElement.GetProperty("after").GetString()));
        using var last = JsonDocument.Parse(pages[^1].Cursor);
        Assert.Equal(Now, last.RootElement.GetProperty("associationsRefreshedAt").GetDateTimeOffset());
        Assert.False(last.RootElement.TryGetProperty("phase", out _));
    }

    [Fact]
    public async Task PullAsync_RefreshedWithinTheInterval_ListsNothing()
    {
        StubEmptySearchAndTwoListPages();
        var connector = Connect(o => o.AssociationRefreshInterval = TimeSpan.FromHours(1), new FakeTimeProvider(Now));

        var pages = await connector.PullAsync(Incremental(Cursor(Now.AddMinutes(-50))), Ct).ToListAsync(Ct);

        Assert.Single(pages);
        Assert.Empty(Requests(ContactsPath, "GET"));
    }

    [Fact]
    public async Task PullAsync_InterruptedRefresh_ResumesAtItsListCursorWithoutANewWindow()
    {
        StubEmptySearchAndTwoListPages();
        var connector = Connect(o => o.AssociationRefreshInterval = TimeSpan.FromHours(1), new FakeTimeProvider(Now));

        var pages = await connector.PullAsync(Incremental(Cursor(Now.AddHours(-3), "associations", "p2", Now.AddMinutes(-10))), Ct).ToListAsync(Ct);

        var page = Assert.Single(pages);
        Assert.Equal("3", Assert.Single(page.Associations).Id);
        Assert.Equal("p2", Query(Requests(ContactsPath, "GET").Single(), "after"));
        Assert.Empty(Requests(ContactsPath + "/search"));
        using var cursor = JsonDocument.Parse(page.Cursor);
        Assert.Equal(Now.AddMinutes(-10), cursor.RootElement.GetProperty("associationsRefreshedAt").GetDateTimeOffset());
    }
}
