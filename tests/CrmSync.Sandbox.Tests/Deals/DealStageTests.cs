using System.Globalization;
using System.Net;
using CrmSync.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Deals;

public sealed class DealStageTests : SandboxTestBase
{
    private readonly FakeTimeProvider clock = new(SandboxClient.Start);

    internal override SandboxOptions CreateOptions() => SandboxClient.Options(records: 1_000, clock: clock);

    [Fact]
    public async Task SeededDeals_StageHistory_MatchesStageCalculatedProperties()
    {
        var page = await Api.GetAsync("/crm/v3/objects/deals?limit=50&properties=dealstage,hs_v2_date_entered_current_stage,createdate&propertiesWithHistory=dealstage");

        Assert.All(page.Results, deal =>
        {
            var properties = deal.GetProperty("properties");
            var history = deal.GetProperty("propertiesWithHistory").GetProperty("dealstage").EnumerateArray().ToList();
            var timestamps = history.Select(h => DateTimeOffset.Parse(h.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(properties.GetProperty("dealstage").GetString(), history[0].GetProperty("value").GetString());
            Assert.Equal(properties.GetProperty("hs_v2_date_entered_current_stage").GetString(), history[0].GetProperty("timestamp").GetString());
            Assert.Equal(properties.GetProperty("createdate").GetString(), history[^1].GetProperty("timestamp").GetString());
            Assert.Equal(timestamps.OrderByDescending(t => t), timestamps);
        });
    }

    [Fact]
    public void SeededDeals_Mix_HasClosedDealsAndOpenDealsIdleSixtyDays()
    {
        var deals = Enumerable.Range(1, State.Count("deals")).Select(i => State.GetRecord("deals", Ids.Deal(i))!).ToList();

        var closed = deals.Count(d => d.Properties["hs_is_closed"] == "true");
        var idle = deals.Count(d => d.Properties["hs_is_closed"] == "false"
            && State.SeededAt - DateTimeOffset.Parse(d.Properties["hs_v2_date_entered_current_stage"]!, CultureInfo.InvariantCulture) >= TimeSpan.FromDays(60));
        Assert.Equal(200, deals.Count);
        Assert.InRange(closed, 60, 120);
        Assert.InRange(idle, 15, 60);
        Assert.Contains(deals, d => d.Properties["pipeline"] == "87654321");
        Assert.All(deals, d => Assert.InRange(State.SeededAt - d.UpdatedAt, TimeSpan.Zero, TimeSpan.FromDays(90)));
    }

    [Fact]
    public async Task PatchDealstage_ToClosedWon_AppendsHistoryAndMaintainsCalculatedProperties()
    {
        var deal = Enumerable.Range(1, 200).Select(Ids.Deal)
            .First(id => State.GetPropertyValue("deals", id, "pipeline") == "default" && State.GetPropertyValue("deals", id, "hs_is_closed") == "false");
        var previous = State.GetPropertyValue("deals", deal, "dealstage")!;
        var historyBefore = State.GetHistory("deals", deal, "dealstage").Count;
        clock.Advance(TimeSpan.FromDays(1));

        var result = await Api.PatchAsync($"/crm/v3/objects/deals/{deal}", """{"properties":{"dealstage":"closedwon"}}""");

        var now = "2025-03-15T09:00:00.000Z";
        var record = State.GetRecord("deals", deal)!.Properties;
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(historyBefore + 1, State.GetHistory("deals", deal, "dealstage").Count);
        Assert.Equal((now, now, now, now), (record["hs_v2_date_entered_closedwon"], record[$"hs_v2_date_exited_{previous}"], record["hs_v2_date_entered_current_stage"], record["closedate"]));
        Assert.Equal(("true", "true", "false", "1.0"), (record["hs_is_closed"], record["hs_is_closed_won"], record["hs_is_closed_lost"], record["hs_deal_stage_probability"]));
        Assert.Equal(now, record["hs_lastmodifieddate"]);
    }

    [Fact]
    public async Task PatchDealstage_StageOfOtherPipeline_Returns400()
    {
        var deal = Enumerable.Range(1, 200).Select(Ids.Deal).First(id => State.GetPropertyValue("deals", id, "pipeline") == "default");

        var result = await Api.PatchAsync($"/crm/v3/objects/deals/{deal}", """{"properties":{"dealstage":"93485722"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("INVALID_OPTION", result.Json.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task CreateDeal_WithoutStage_EntersFirstStageOfPipeline()
    {
        var result = await Api.PostAsync("/crm/v3/objects/deals", """{"properties":{"dealname":"New","pipeline":"87654321","amount":"1200"},"associations":[]}""");

        Assert.Equal(HttpStatusCode.Created, result.Status);
        Assert.Equal("93485721", result.Json.GetProperty("properties").GetProperty("dealstage").GetString());
        Assert.Equal("2025-03-14T09:00:00.000Z", result.Json.GetProperty("properties").GetProperty("hs_v2_date_entered_93485721").GetString());
        Assert.Equal(Ids.Deal(201), result.Json.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Pipelines_Deals_ServeStandardAndNumericStagesWithStringMetadata()
    {
        var result = await Api.GetAsync("/crm/v3/pipelines/deals");

        var pipelines = result.Results;
        Assert.Equal(["default", "87654321"], pipelines.Select(p => p.GetProperty("id").GetString()));
        var stages = pipelines[0].GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(["appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin", "contractsent", "closedwon", "closedlost"],
            stages.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("true", stages[5].GetProperty("metadata").GetProperty("isClosed").GetString());
        Assert.Equal("1.0", stages[5].GetProperty("metadata").GetProperty("probability").GetString());
        Assert.Equal("1970-01-01T00:00:00.000Z", pipelines[0].GetProperty("createdAt").GetString());
        Assert.False(result.Json.TryGetProperty("paging", out _));
    }
}
