using System.Diagnostics;
using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Http;

public sealed class RetryTests : WireMockTestBase
{
    private const string PipelinesPath = "/crm/v3/pipelines/deals";
    private static readonly object Pipelines = new { results = Array.Empty<object>() };

    private void StubFirstThenOk(ResponseSequence.Step first) =>
        Server.Given(Request.Create().WithPath(PipelinesPath).UsingGet())
            .RespondWith(Response.Create().WithCallback(new ResponseSequence(first, ResponseSequence.Step.Json(200, Pipelines)).Next));

    [Fact]
    public async Task Call_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        StubFirstThenOk(ResponseSequence.Step.Json(429, HubSpotBodies.RateLimit("TEN_SECONDLY_ROLLING", "You have reached your ten_secondly_rolling limit."),
            headers: new() { ["Retry-After"] = "1" }));
        var connector = Connect();
        var clock = Stopwatch.StartNew();

        await connector.GetPipelinesAsync("deals", Ct);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"retried after {clock.Elapsed}");
        Assert.Equal(2, Requests(PipelinesPath).Count);
        Assert.Equal(new ApiCallSnapshot(2, 1, 1), connector.Stats.Snapshot());
    }

    [Fact]
    public async Task Call_TenSecondly429WithoutRetryAfter_WaitsForTheWindowToRoll()
    {
        StubFirstThenOk(ResponseSequence.Step.Json(429, HubSpotBodies.RateLimit("TEN_SECONDLY_ROLLING", "You have reached your ten_secondly_rolling limit.")));
        var connector = Connect(o => o.Tuning = TestTuning.Fast with { BurstWindow = TimeSpan.FromMilliseconds(300) });
        var clock = Stopwatch.StartNew();

        await connector.GetPipelinesAsync("deals", Ct);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(290), $"retried after {clock.Elapsed}");
        Assert.Equal(2, Requests(PipelinesPath).Count);
    }

    [Fact]
    public async Task Search_Secondly429WithoutRetryAfter_RetriesAfterASecondlyDelay()
    {
        Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts/search").UsingPost()).RespondWith(Response.Create().WithCallback(new ResponseSequence(
            ResponseSequence.Step.Json(429, new { status = "error", message = "You have reached your secondly limit.", errorType = "RATE_LIMIT", correlationId = "x" }),
            ResponseSequence.Step.Json(200, new { total = 0, results = Array.Empty<object>() })).Next));
        var connector = Connect();
        var cursor = $$"""{"v":1,"type":"contacts","kind":"search","since":"{{DateTimeOffset.UtcNow.AddHours(-1):O}}","until":"{{DateTimeOffset.UtcNow.AddHours(-1):O}}"}""";

        var pages = await connector.PullAsync(new PullRequest("contacts", PullMode.Incremental, cursor, [], [], []), Ct).ToListAsync(Ct);

        Assert.Single(pages);
        Assert.Equal(2, Requests("/crm/v3/objects/contacts/search").Count);
        Assert.Equal(1, connector.Stats.RateLimited);
    }

    [Fact]
    public async Task Call_Daily429_StopsWithDailyLimitExhaustedWithoutRetrying()
    {
        Server.Given(Request.Create().WithPath(PipelinesPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(429).WithBodyAsJson(HubSpotBodies.RateLimit("DAILY", "You have reached your daily limit.")));
        var connector = Connect();

        var error = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.GetPipelinesAsync("deals", Ct));

        Assert.Equal(CrmFailureKind.DailyLimitExhausted, error.Kind);
        Assert.Equal("acme", error.Connector);
        Assert.Contains("rl-0001", error.Message);
        Assert.Single(Requests(PipelinesPath));
    }

    [Fact]
    public async Task Call_ServerErrorThenSuccess_IsRetried()
    {
        StubFirstThenOk(new ResponseSequence.Step(502, null));
        var connector = Connect();

        await connector.GetPipelinesAsync("deals", Ct);

        Assert.Equal(2, Requests(PipelinesPath).Count);
        Assert.Equal(1, connector.Stats.Retries);
    }

    [Fact]
    public async Task Call_ServerErrorEveryTime_StopsAfterMaxRetryAttempts()
    {
        Server.Given(Request.Create().WithPath(PipelinesPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithBodyAsJson(HubSpotBodies.Error("SERVICE_UNAVAILABLE", "down")));
        var connector = Connect(o => o.MaxRetryAttempts = 2);

        var error = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.GetPipelinesAsync("deals", Ct));

        Assert.Equal(CrmFailureKind.Unavailable, error.Kind);
        Assert.Contains("c033cdaa-2c40-4a64-ae48-b4cec88dad24", error.Message);
        Assert.Equal(3, Requests(PipelinesPath).Count);
        Assert.Equal(3, connector.Stats.Calls);
    }

    [Fact]
    public async Task Call_AttemptSlowerThanAttemptTimeout_IsAbandonedAndRetried()
    {
        var slow = TimeSpan.FromMilliseconds(1500);
        var ok = ResponseSequence.Step.Json(200, Pipelines);
        Server.Given(Request.Create().WithPath(PipelinesPath).UsingGet()).RespondWith(Response.Create().WithCallback(
            new ResponseSequence(ok, ResponseSequence.Step.Json(200, Pipelines, delay: slow), ok).Next));
        var connector = Connect(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(400));
        await connector.GetPipelinesAsync("deals", Ct);
        var retriesBefore = connector.Stats.Retries;
        await connector.GetPipelinesAsync("deals", Ct);

        // The retry count proves the slow attempt was abandoned (awaited to the end it would have succeeded with no
        // retry); an upper time bound would fail on a loaded machine.
        Assert.Equal(1, connector.Stats.Retries - retriesBefore);
    }

    [Fact]
    public async Task Call_CancelledToken_ThrowsOperationCanceled()
    {
        Server.Given(Request.Create().WithPath(PipelinesPath).UsingGet())
            .RespondWith(Response.Create().WithDelay(TimeSpan.FromMilliseconds(600)).WithBodyAsJson(Pipelines));
        var connector = Connect();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connector.GetPipelinesAsync("deals", cancel.Token));
        Assert.Equal(0, connector.Stats.Retries);
    }
}
