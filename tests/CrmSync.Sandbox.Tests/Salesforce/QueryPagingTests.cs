using System.Net;
using CrmSync.Sandbox.Salesforce;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class QueryPagingTests : SalesforceTestBase
{
    internal override SalesforceOrgOptions CreateOptions()
    {
        var options = SalesforceClient.Options(records: 2_500);
        options.QueryCursorIdleTimeout = TimeSpan.FromMinutes(15);
        return options;
    }

    [Theory]
    [InlineData(null, 2_000)]
    [InlineData("100", 200)]
    [InlineData("700", 700)]
    [InlineData("5000", 2_000)]
    public async Task BatchSizeHeader_ClampedTo200Through2000_SetsThePageSize(string? asked, int pageSize)
    {
        var result = await Org.QueryAsync("SELECT Id FROM Contact ORDER BY Id", batchSize: asked);

        Assert.Equal(Org.State.Count("Contact"), result.Json.GetProperty("totalSize").GetInt32());
        Assert.False(result.Json.GetProperty("done").GetBoolean());
        Assert.Equal(pageSize, result.Json.GetProperty("records").GetArrayLength());
        Assert.Matches($@"^/services/data/v60\.0/query/01g8c0\w{{9}}\w{{3}}-{pageSize}$", result.Json.GetProperty("nextRecordsUrl").GetString());
    }

    [Fact]
    public async Task QueryMore_FollowingNextRecordsUrl_ReturnsEveryRecordOnceInOrderAndEndsWithDone()
    {
        var ids = new List<string>();
        var page = await Org.QueryAsync("SELECT Id FROM Contact ORDER BY Id", batchSize: "1000");
        var pages = 1;
        while (true)
        {
            ids.AddRange(page.Json.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Id").GetString()!));
            if (page.Json.GetProperty("done").GetBoolean())
            {
                Assert.False(page.Json.TryGetProperty("nextRecordsUrl", out _));
                break;
            }

            page = await Org.SendAsync(HttpMethod.Get, page.Json.GetProperty("nextRecordsUrl").GetString()!, null, ("Sforce-Query-Options", "batchSize=1000"));
            pages++;
        }

        Assert.Equal(Org.State.Count("Contact"), ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal((ids.Count + 999) / 1000, pages);
    }

    [Fact]
    public async Task QueryMore_CursorIdleLongerThanTimeout_Returns400InvalidQueryLocator()
    {
        var first = await Org.QueryAsync("SELECT Id FROM Contact");
        var next = first.Json.GetProperty("nextRecordsUrl").GetString()!;
        Org.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await Org.GetAsync(next)).Status);

        Org.Clock.Advance(TimeSpan.FromMinutes(15));
        var stale = await Org.GetAsync(next);

        Assert.Equal(HttpStatusCode.BadRequest, stale.Status);
        Assert.Equal("INVALID_QUERY_LOCATOR", stale.Json[0].GetProperty("errorCode").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Org.GetAsync($"{SalesforceClient.Data}/query/01g8c0000000zzzAAA-2000")).Status);
    }

    [Fact]
    public async Task QueryAll_IncludesRecycleBinRowsWithIsDeletedAndQueryExcludesThem()
    {
        var contact = Org.FirstId("SELECT Id FROM Contact ORDER BY Id LIMIT 1");
        Assert.Equal(HttpStatusCode.NoContent, (await Org.DeleteAsync($"{SalesforceClient.Data}/sobjects/Contact/{contact}")).Status);

        var live = await Org.QueryAsync("SELECT Id, IsDeleted FROM Contact");
        var all = await Org.QueryAsync("SELECT Id, IsDeleted FROM Contact WHERE IsDeleted = true", "queryAll");
        var deletedIds = all.Json.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Id").GetString()).ToList();

        Assert.Contains(contact, deletedIds);
        Assert.True(deletedIds.Count > 1, "the seed puts a few contacts in the Recycle Bin");
        Assert.All(all.Json.GetProperty("records").EnumerateArray(), r => Assert.True(r.GetProperty("IsDeleted").GetBoolean()));
        Assert.Equal(0, (await Org.QueryAsync("SELECT Id FROM Contact WHERE IsDeleted = true")).Json.GetProperty("totalSize").GetInt32());
        Assert.Equal(live.Json.GetProperty("totalSize").GetInt32() + deletedIds.Count, (await Org.QueryAsync("SELECT COUNT() FROM Contact", "queryAll")).Json.GetProperty("totalSize").GetInt32());
    }

    [Fact]
    public async Task QueryAll_NextRecordsUrlPointsAtQueryAndKeepsDeletedRows()
    {
        var first = await Org.QueryAsync("SELECT Id, IsDeleted FROM Contact ORDER BY Id", "queryAll", batchSize: "200");
        var ids = new List<(string Id, bool Deleted)>();
        var page = first;
        while (true)
        {
            ids.AddRange(page.Json.GetProperty("records").EnumerateArray().Select(r => (r.GetProperty("Id").GetString()!, r.GetProperty("IsDeleted").GetBoolean())));
            if (!page.Json.TryGetProperty("nextRecordsUrl", out var next))
            {
                break;
            }

            Assert.Contains("/query/", next.GetString(), StringComparison.Ordinal);
            page = await Org.GetAsync(next.GetString()!);
        }

        Assert.Equal(first.Json.GetProperty("totalSize").GetInt32(), ids.Count);
        Assert.Contains(ids, i => i.Deleted);
    }
}
