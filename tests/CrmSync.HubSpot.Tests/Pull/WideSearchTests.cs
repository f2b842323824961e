using System.Text.Json;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Pull;

/// <summary>
/// HubSpot refuses a search body over 3,000 characters. A portal with 20 deal pipelines of 8 stages needs 160
/// stage-entered dates per deal: the search asks for ids and the modified date only, batch read for the rest.
/// </summary>
public sealed class WideSearchTests : WireMockTestBase
{
    [Fact]
    public async Task PullAsync_TwentyPipelinesOfEightStages_KeepsEverySearchBodyUnder3000AndBatchReadsEveryStageDate()
    {
        var since = DateTimeOffset.UtcNow.AddHours(-2);
        var records = Enumerable.Range(1, 450).Select(i => ((long)i, since.AddSeconds(i))).ToList();
        var fake = new SearchFake("hs_lastmodifieddate", records);
        Server.Given(Request.Create().WithPath("/crm/v3/objects/deals/search").UsingPost()).RespondWith(Response.Create().WithCallback(fake.Handle));
        Server.Given(Request.Create().WithPath("/crm/v3/objects/deals/batch/read").UsingPost()).RespondWith(Response.Create().WithCallback(fake.HandleBatchRead));
        var stages = Enumerable.Range(1, 20).SelectMany(p => Enumerable.Range(1, 8).Select(s => $"p{p:D2}_stage{s}_appointment")).ToList();
        var fields = stages.Select(CanonicalFields.StageEnteredAt).Append(CanonicalFields.Amount).ToArray();
        var cursor = JsonSerializer.Serialize(new { v = 1, type = "deals", kind = "search", since, until = since, associationsRefreshedAt = DateTimeOffset.UtcNow });
        var connector = Connect();

        var pages = await connector.PullAsync(new PullRequest(CrmObjectTypes.Deals, PullMode.Incremental, cursor, fields, [CanonicalFields.Stage], []), Ct)
            .ToListAsync(Ct);

        Assert.Equal(450, pages.SelectMany(p => p.Records).Count());
        Assert.Equal(3, fake.Requests.Count);
        Assert.All(Requests("/crm/v3/objects/deals/search"), e => Assert.True(e.RequestMessage.Body!.Length < 3_000, $"a search body has {e.RequestMessage.Body!.Length} characters"));
        // With history, batch read takes 50 ids a call: 450 deals in 9 calls, each naming all 160 stage dates.
        Assert.Equal(9, fake.BatchReads.Count);
        Assert.All(fake.BatchReads, read =>
        {
            var requested = read.GetProperty("properties").EnumerateArray().Select(p => p.GetString()).ToHashSet();
            Assert.All(stages, s => Assert.Contains($"hs_v2_date_entered_{s}", requested));
            Assert.Equal("dealstage", read.GetProperty("propertiesWithHistory")[0].GetString());
        });
    }
}
