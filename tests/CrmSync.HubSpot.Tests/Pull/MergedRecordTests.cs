using System.Text.Json;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Pull;

/// <summary>
/// Records merged away between two full pulls: the survivor lists them in hs_merged_object_ids, and a batch read of a
/// merged id answers the survivor under its own id (hubspot-api.md §11). Either way the old id is reported gone.
/// </summary>
public sealed class MergedRecordTests : WireMockTestBase
{
    private static object Contact(string id, string? mergedIds = null, string email = "ana@example.com") => new
    {
        id,
        properties = new Dictionary<string, string?>
        {
            ["email"] = email, ["lastmodifieddate"] = "2024-07-01T09:12:44.120Z", ["hs_object_id"] = id, ["hs_merged_object_ids"] = mergedIds,
        },
        createdAt = "2024-05-02T08:00:00.000Z",
        updatedAt = "2024-07-01T09:12:44.120Z",
        archived = false,
    };

    [Fact]
    public async Task PullAsync_ListedSurvivor_ReportsTheIdsItMergedAsGone()
    {
        Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([Contact("701", "702; 703;701"), Contact("704")], null)));
        Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts").UsingGet().WithParam("archived", "true")).AtPriority(1)
            .RespondWith(Response.Create().WithBodyAsJson(HubSpotBodies.Page([], null)));
        var connector = Connect();

        var pages = await connector.PullAsync(new PullRequest(CrmObjectTypes.Contacts, PullMode.Full, null, ["email"], [], []), Ct).ToListAsync(Ct);

        Assert.Equal(["701", "704"], pages[0].Records.Select(r => r.Id));
        Assert.Equal(["702", "703"], pages[0].GoneIds);
        Assert.DoesNotContain("hs_merged_object_ids", pages[0].Records[0].Properties.Keys);
        var live = Requests("/crm/v3/objects/contacts").First(e => Query(e, "archived") is null);
        Assert.Contains("hs_merged_object_ids", Query(live, "properties")!.Split(','));
    }

    [Fact]
    public async Task PullAsync_BatchReadAnswersTheSurvivorForAMergedId_TakesItAsTheSurvivorAndTheSentIdAsGone()
    {
        var since = DateTimeOffset.UtcNow.AddHours(-2);
        // The search index still has 702, merged into 701 since; 800 is an ordinary change.
        Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts/search").UsingPost()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            total = 2, results = new[] { Contact("702", email: "old@example.com"), Contact("800", email: "bo@example.com") },
        }));
        Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts/batch/read").UsingPost()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            status = "COMPLETE", results = new[] { Contact("701", "702"), Contact("800", email: "bo@example.com") },
        }));
        Server.Given(Request.Create().WithPath("/crm/v4/associations/contacts/companies/batch/read").UsingPost()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            status = "COMPLETE", results = new[] { new { from = new { id = "701" }, to = new[] { new { toObjectId = 9001 } } } },
        }));
        var cursor = JsonSerializer.Serialize(new { v = 1, type = "contacts", kind = "search", since, until = since, associationsRefreshedAt = DateTimeOffset.UtcNow });
        var connector = Connect();

        var pages = await connector.PullAsync(new PullRequest(CrmObjectTypes.Contacts, PullMode.Incremental, cursor, ["email"], [], ["companies"]), Ct).ToListAsync(Ct);

        var records = pages.SelectMany(p => p.Records).ToDictionary(r => r.Id);
        Assert.Equal(["701", "800"], records.Keys.Order());
        Assert.Equal("ana@example.com", records["701"].Get("email"));
        Assert.Equal(["9001"], records["701"].Associations["companies"]);
        Assert.Equal(["702"], pages.SelectMany(p => p.GoneIds));
        var associationRead = Body(Requests("/crm/v4/associations/contacts/companies/batch/read").Single());
        Assert.Equal(["701", "800"], associationRead.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }
}
