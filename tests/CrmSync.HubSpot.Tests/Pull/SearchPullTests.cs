using System.Globalization;
using System.Text.Json;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.HubSpot.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Pull;

public sealed class SearchPullTests : WireMockTestBase
{
    /// <summary>A finished window whose associations were just read in full (so no association refresh is due).</summary>
    private static string CompletedCursor(string type, DateTimeOffset at) =>
        JsonSerializer.Serialize(new { v = 1, type, kind = "search", since = at, until = at, associationsRefreshedAt = DateTimeOffset.UtcNow });

    private static PullRequest Incremental(string type, string cursor, string[]? history = null, string[]? associations = null) =>
        new(type, PullMode.Incremental, cursor, type == CrmObjectTypes.Deals ? ["amount"] : ["phone"], history ?? [], associations ?? []);

    private SearchFake StubSearch(string objectType, string modifiedProperty, IReadOnlyList<(long, DateTimeOffset)> records)
    {
        var fake = new SearchFake(modifiedProperty, records);
        Server.Given(Request.Create().WithPath($"/crm/v3/objects/{objectType}/search").UsingPost())
            .RespondWith(Response.Create().WithCallback(fake.Handle));
        Server.Given(Request.Create().WithPath($"/crm/v3/objects/{objectType}/batch/read").UsingPost())
            .RespondWith(Response.Create().WithCallback(fake.HandleBatchRead));
        return fake;
    }

    [Fact]
    public async Task PullAsync_WindowWithMoreThanTenThousandMatches_PagesByIdLowerBoundAndGetsEveryRecordOnce()
    {
        var since = DateTimeOffset.UtcNow.AddHours(-1);
        var records = Enumerable.Range(1, 10_250).Select(i => ((long)(i * 3), since.AddSeconds(i % 600))).ToList();
        var fake = StubSearch("companies", "hs_lastmodifieddate", records);
        var connector = Connect();

        var pages = await connector.PullAsync(Incremental(CrmObjectTypes.Companies, CompletedCursor("companies", since)), Ct).ToListAsync(Ct);

        var ids = pages.SelectMany(p => p.Records).Select(r => r.Id).ToList();
        Assert.Equal(10_250, ids.Count);
        Assert.Equal(10_250, ids.Distinct().Count());
        Assert.Equal(52, fake.Requests.Count);
        Assert.All(fake.Requests, r => Assert.Equal("0", r.GetProperty("after").GetString()));
        Assert.All(fake.Requests, r => Assert.Equal(200, r.GetProperty("limit").GetInt32()));
        Assert.Equal("ASCENDING", fake.Requests[0].GetProperty("sorts")[0].GetProperty("direction").GetString());
        for (var i = 1; i < fake.Requests.Count; i++)
        {
            var previousLastId = pages[i - 1].Records[^1].Id;
            Assert.Equal(previousLastId, IdLowerBound(fake.Requests[i]));
        }

        using var final = JsonDocument.Parse(pages[^1].Cursor);
        Assert.Equal(final.RootElement.GetProperty("since").GetDateTimeOffset(), final.RootElement.GetProperty("until").GetDateTimeOffset());
    }

    [Fact]
    public async Task PullAsync_IncrementalContacts_FiltersFromCursorMinusLookbackToIndexLagBeforeNow()
    {
        var now = new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.Zero);
        var since = now.AddHours(-2);
        var fake = StubSearch("contacts", "lastmodifieddate", [(5, since.AddMinutes(-1)), (7, since.AddMinutes(-10)), (9, now.AddMinutes(-5))]);
        var connector = Connect(o => (o.Lookback, o.IndexLag) = (TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15)), new FakeTimeProvider(now));

        var pages = await connector.PullAsync(Incremental(CrmObjectTypes.Contacts, CompletedCursor("contacts", since)), Ct).ToListAsync(Ct);

        // 9 was modified 5 minutes ago: the search index may not show it yet, so it is the next window's.
        Assert.Equal(["5"], pages.SelectMany(p => p.Records).Select(r => r.Id));
        var filters = fake.Requests[0].GetProperty("filterGroups")[0].GetProperty("filters");
        Assert.Equal("lastmodifieddate", filters[0].GetProperty("propertyName").GetString());
        Assert.Equal("GTE", filters[0].GetProperty("operator").GetString());
        Assert.Equal(EpochMs(since.AddMinutes(-5)), filters[0].GetProperty("value").GetString());
        Assert.Equal("LT", filters[1].GetProperty("operator").GetString());
        Assert.Equal(EpochMs(now.AddMinutes(-15)), filters[1].GetProperty("value").GetString());
        using var cursor = JsonDocument.Parse(pages[^1].Cursor);
        Assert.Equal(now.AddMinutes(-15), cursor.RootElement.GetProperty("since").GetDateTimeOffset());
    }

    [Fact]
    public async Task PullAsync_WindowEndWithinIndexLagOfTheLastOne_RereadsTheLookbackAndKeepsTheCursor()
    {
        var now = new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.Zero);
        var since = now.AddMinutes(-3);
        var fake = StubSearch("contacts", "lastmodifieddate", [(5, since.AddMinutes(-1))]);
        var connector = Connect(o => o.IndexLag = TimeSpan.FromMinutes(15), new FakeTimeProvider(now));

        var pages = await connector.PullAsync(Incremental(CrmObjectTypes.Contacts, CompletedCursor("contacts", since)), Ct).ToListAsync(Ct);

        Assert.Equal(["5"], pages.SelectMany(p => p.Records).Select(r => r.Id));
        Assert.Equal(EpochMs(since), fake.Requests[0].GetProperty("filterGroups")[0].GetProperty("filters")[1].GetProperty("value").GetString());
        using var cursor = JsonDocument.Parse(pages[^1].Cursor);
        Assert.Equal(since, cursor.RootElement.GetProperty("since").GetDateTimeOffset());
    }

    [Fact]
    public async Task PullAsync_InterruptedWindow_ResumesAboveStoredLastIdWithSameUntil()
    {
        var since = DateTimeOffset.UtcNow.AddHours(-2);
        var until = DateTimeOffset.UtcNow.AddHours(-1);
        var fake = StubSearch("deals", "hs_lastmodifieddate", [(10, since.AddMinutes(1)), (20, since.AddMinutes(2)), (30, since.AddMinutes(3))]);
        var cursor = JsonSerializer.Serialize(new { v = 1, type = "deals", kind = "search", since, until, lastId = "10" });
        var connector = Connect();

        var pages = await connector.PullAsync(Incremental(CrmObjectTypes.Deals, cursor), Ct).ToListAsync(Ct);

        Assert.Equal(["20", "30"], pages.SelectMany(p => p.Records).Select(r => r.Id));
        Assert.Equal("10", IdLowerBound(fake.Requests[0]));
        var lt = fake.Requests[0].GetProperty("filterGroups")[0].GetProperty("filters")[1].GetProperty("value").GetString();
        Assert.Equal(until.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), lt);
    }

    [Fact]
    public async Task PullAsync_EmptyWindow_YieldsOneEmptyPageThatAdvancesTheCursor()
    {
        var since = DateTimeOffset.UtcNow.AddHours(-1);
        StubSearch("contacts", "lastmodifieddate", []);
        var connector = Connect();

        var pages = await connector.PullAsync(Incremental(CrmObjectTypes.Contacts, CompletedCursor("contacts", since)), Ct).ToListAsync(Ct);

        var page = Assert.Single(pages);
        Assert.Empty(page.Records);
        using var cursor = JsonDocument.Parse(page.Cursor);
        Assert.True(cursor.RootElement.GetProperty("since").GetDateTimeOffset() > since);
    }

    [Fact]
    public async Task PullAsync_SearchPageOfDeals_BatchReadsRecordsWithHistoryThenTheirAssociations()
    {
        var since = DateTimeOffset.UtcNow.AddHours(-1);
        Server.Given(Request.Create().WithPath("/crm/v3/objects/deals/search").UsingPost()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            total = 2, results = new[] { SearchHit("512"), SearchHit("513") },
        }));
        Server.Given(Request.Create().WithPath("/crm/v4/associations/deals/companies/batch/read").UsingPost()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            status = "COMPLETE",
            results = new[] { new { from = new { id = "512" }, to = new[] { new { toObjectId = "9001", associationTypes = new[] { new { category = "HUBSPOT_DEFINED", typeId = 5 } } } } } },
        }));
        Server.Given(Request.Create().WithPath("/crm/v4/associations/deals/contacts/batch/read").UsingPost()).RespondWith(Response.Create().WithBodyAsJson(new
        {
            status = "COMPLETE",
            results = new[] { new { from = new { id = "512" }, to = new[] { new { toObjectId = 301 }, new { toObjectId = 302 } } } },
        }));
        Server.Given(Request.Create().WithPath("/crm/v3/objects/deals/batch/read").UsingPost()).RespondWith(Response.Create().WithStatusCode(207).WithBodyAsJson(new
        {
            status = "COMPLETE",
            results = new[]
            {
                new
                {
                    id = "512", properties = new { dealstage = "contractsent", amount = "1500" }, createdAt = "2024-05-02T08:00:00.000Z", updatedAt = "2024-07-01T09:12:44.120Z", archived = false,
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
            numErrors = 1,
            errors = new[] { new { status = "error", category = "OBJECT_NOT_FOUND", message = "Could not find deal 513", context = new { ids = new[] { "513" } } } },
        }));
        var connector = Connect();

        var pages = await connector.PullAsync(
            Incremental(CrmObjectTypes.Deals, CompletedCursor("deals", since), history: ["stage"], associations: ["companies", "contacts"]), Ct).ToListAsync(Ct);

        var deal = Assert.Single(pages.SelectMany(p => p.Records));
        Assert.Equal("1500", deal.Get("amount"));
        Assert.Equal(["9001"], deal.Associations["companies"]);
        Assert.Equal(["301", "302"], deal.Associations["contacts"]);
        Assert.Equal(["appointmentscheduled", "contractsent"], deal.History["stage"].Select(h => h.Value));
        // 513 was deleted between the search and the read: it is gone, not an empty record.
        Assert.Equal(["513"], pages.SelectMany(p => p.GoneIds));

        var batchRead = Body(Requests("/crm/v3/objects/deals/batch/read").Single());
        Assert.Equal(["512", "513"], batchRead.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal("dealstage", batchRead.GetProperty("propertiesWithHistory")[0].GetString());
        Assert.Contains("amount", batchRead.GetProperty("properties").EnumerateArray().Select(p => p.GetString()));
        var assocRead = Body(Requests("/crm/v4/associations/deals/companies/batch/read").Single());
        Assert.Equal(["512"], assocRead.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    private static object SearchHit(string id) => new
    {
        id, properties = new { hs_lastmodifieddate = "2024-07-01T09:12:44.120Z" }, createdAt = "2024-05-02T08:00:00.000Z", updatedAt = "2024-07-01T09:12:44.120Z", archived = false,
    };

    private static string EpochMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static string? IdLowerBound(JsonElement request) =>
        request.GetProperty("filterGroups")[0].GetProperty("filters").EnumerateArray()
            .Single(f => f.GetProperty("propertyName").GetString() == "hs_object_id" && f.GetProperty("operator").GetString() == "GT")
            .GetProperty("value").GetString();
}
