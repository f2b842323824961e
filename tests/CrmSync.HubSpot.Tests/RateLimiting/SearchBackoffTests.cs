using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.RateLimiting;

/// <summary>
/// Search's 5 requests per second are per account, shared with every other app: a busy neighbour is no outage. The
/// connector halves its search rate and waits longer each time instead of failing the job after MaxRetryAttempts.
/// </summary>
public sealed class SearchBackoffTests : WireMockTestBase
{
    private static readonly object Secondly = new { status = "error", message = "You have reached your secondly limit.", errorType = "RATE_LIMIT", correlationId = "x" };

    private static string Cursor() =>
        $$"""{"v":1,"type":"contacts","kind":"search","since":"{{DateTimeOffset.UtcNow.AddHours(-1):O}}","until":"{{DateTimeOffset.UtcNow.AddHours(-1):O}}","associationsRefreshedAt":"{{DateTimeOffset.UtcNow:O}}"}""";

    [Fact]
    public async Task Search_Secondly429MoreTimesThanMaxRetryAttempts_BacksOffAndSucceeds()
    {
        var rejected = Enumerable.Repeat(ResponseSequence.Step.Json(429, Secondly), 6);
        Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts/search").UsingPost()).RespondWith(Response.Create().WithCallback(new ResponseSequence(
            [.. rejected, ResponseSequence.Step.Json(200, new { total = 0, results = Array.Empty<object>() })]).Next));
        var connector = Connect(o => o.MaxRetryAttempts = 3);

        var pages = await connector.PullAsync(new PullRequest("contacts", PullMode.Incremental, Cursor(), [], [], []), Ct).ToListAsync(Ct);

        Assert.Single(pages);
        Assert.Equal(7, Requests("/crm/v3/objects/contacts/search").Count);
        Assert.Equal(6, connector.Stats.RateLimited);
        // Halved to 1 by the 429s; one success after a quiet stretch may have given one back, not the configured 5.
        Assert.InRange(((HubSpotConnector)connector).Context.RateLimiter.CurrentSearchLimit, 1, 2);
    }

    [Fact]
    public async Task Search_Secondly429Forever_FailsAfterTheSearchAllowanceNamingTheSharedBudget()
    {
        Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts/search").UsingPost()).RespondWith(Response.Create().WithCallback(new ResponseSequence(
            ResponseSequence.Step.Json(429, Secondly)).Next));
        var connector = Connect(o => o.Tuning = TestTuning.Fast with { SearchRateLimitedRetries = 6, SecondlyRetryDelay = TimeSpan.FromMilliseconds(5) });

        var error = await Assert.ThrowsAsync<CrmConnectorException>(async () =>
            await connector.PullAsync(new PullRequest("contacts", PullMode.Incremental, Cursor(), [], [], []), Ct).ToListAsync(Ct));

        Assert.Equal(CrmFailureKind.Unavailable, error.Kind);
        Assert.Contains("shared with every other app", error.Message);
        Assert.Equal(7, Requests("/crm/v3/objects/contacts/search").Count);
    }
}
