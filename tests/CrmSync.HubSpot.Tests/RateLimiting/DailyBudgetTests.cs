using System.Globalization;
using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace CrmSync.HubSpot.Tests.RateLimiting;

/// <summary>
/// The daily budget is per portal and shared with every other app and person on it: CrmSync stops once HubSpot's
/// X-HubSpot-RateLimit-Daily-Remaining reaches RateLimit:DailyReserve, instead of running into HubSpot's 429 DAILY.
/// </summary>
public sealed class DailyBudgetTests : WireMockTestBase
{
    private const string ContactsPath = "/crm/v3/objects/contacts";
    private const string PipelinesPath = "/crm/v3/pipelines/deals";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero));

    /// <summary>Endless contact pages; page n reports 13 − n requests left of 1,000 today.</summary>
    private static ResponseMessage ContactPage(IRequestMessage request)
    {
        var page = request.Query is { } q && q.TryGetValue("after", out var after) ? int.Parse(after[0], CultureInfo.InvariantCulture) : 1;
        var body = System.Text.Json.JsonSerializer.Serialize(HubSpotBodies.Page([HubSpotBodies.Contact(page.ToString(CultureInfo.InvariantCulture))], (page + 1).ToString(CultureInfo.InvariantCulture)));
        return new ResponseMessage
        {
            StatusCode = 200,
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String },
            Headers = new Dictionary<string, WireMockList<string>>
            {
                ["Content-Type"] = new("application/json"),
                ["X-HubSpot-RateLimit-Daily"] = new("1000"),
                ["X-HubSpot-RateLimit-Daily-Remaining"] = new((13 - page).ToString(CultureInfo.InvariantCulture)),
            },
        };
    }

    [Fact]
    public async Task PullAsync_DailyRemainingReachesTheReserve_StopsBeforeTheNextCallNamingWhatIsLeftAndTheKey()
    {
        Server.Given(Request.Create().WithPath(ContactsPath).UsingGet()).RespondWith(Response.Create().WithCallback(ContactPage));
        var connector = Connect(o => o.RateLimit.DailyReserve = 10, _time);

        var error = await Assert.ThrowsAsync<CrmConnectorException>(async () =>
            await connector.PullAsync(new PullRequest("contacts", PullMode.Full, null, [], [], []), Ct).ToListAsync(Ct));

        Assert.Equal(CrmFailureKind.DailyLimitExhausted, error.Kind);
        Assert.Contains("10 of 1,000 requests left", error.Message);
        Assert.Contains("CrmSync:Connectors:acme:RateLimit:DailyReserve", error.Message);
        Assert.Equal(3, Requests(ContactsPath).Count);

        // Every later call stops without a request, until the day may have turned.
        await Assert.ThrowsAsync<CrmConnectorException>(() => connector.GetPipelinesAsync("deals", Ct));
        Assert.Empty(Requests(PipelinesPath));
    }

    [Fact]
    public async Task Call_AfterTheRecheckInterval_OneCallReadsTheBudgetAgain()
    {
        Server.Given(Request.Create().WithPath(ContactsPath).UsingGet()).RespondWith(Response.Create().WithCallback(ContactPage));
        Server.Given(Request.Create().WithPath(PipelinesPath).UsingGet()).RespondWith(Response.Create()
            .WithHeader("X-HubSpot-RateLimit-Daily-Remaining", "650000").WithBodyAsJson(new { results = Array.Empty<object>() }));
        var connector = Connect(o => o.RateLimit.DailyReserve = 10, _time);
        await Assert.ThrowsAsync<CrmConnectorException>(async () =>
            await connector.PullAsync(new PullRequest("contacts", PullMode.Full, null, [], [], []), Ct).ToListAsync(Ct));

        _time.Advance(new HubSpotTuning().DailyBudgetRecheck);
        await connector.GetPipelinesAsync("deals", Ct);
        await connector.GetPipelinesAsync("deals", Ct);

        Assert.Equal(2, Requests(PipelinesPath).Count);
    }

    [Fact]
    public async Task Call_Daily429_LaterCallsStopWithoutARequest()
    {
        Server.Given(Request.Create().WithPath(PipelinesPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(429).WithBodyAsJson(HubSpotBodies.RateLimit("DAILY", "You have reached your daily limit.")));
        var connector = Connect(o => o.RateLimit.DailyReserve = 0, _time);

        await Assert.ThrowsAsync<CrmConnectorException>(() => connector.GetPipelinesAsync("deals", Ct));
        var again = await Assert.ThrowsAsync<CrmConnectorException>(() => connector.GetPipelinesAsync("deals", Ct));

        Assert.Equal(CrmFailureKind.DailyLimitExhausted, again.Kind);
        Assert.Single(Requests(PipelinesPath));
    }
}
