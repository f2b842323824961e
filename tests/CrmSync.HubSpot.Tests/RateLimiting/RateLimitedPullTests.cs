using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.RateLimiting;

public sealed class RateLimitedPullTests : WireMockTestBase
{
    [Fact]
    public async Task PullAsync_AgainstServerEnforcingItsCeiling_PacesItselfWithout429s()
    {
        var window = TimeSpan.FromMilliseconds(300);
        var server = new RollingWindowServer(ceiling: 20, window, pages: 60);
        Server.Given(Request.Create().WithPath("/crm/v3/objects/contacts").UsingGet()).RespondWith(Response.Create().WithCallback(server.Handle));
        var connector = Connect(o =>
        {
            o.RateLimit.BurstPer10Seconds = 20;
            o.Tuning = TestTuning.Fast with { BurstWindow = window, WindowPad = TimeSpan.FromMilliseconds(20) };
        });

        var pages = await connector.PullAsync(new PullRequest("contacts", PullMode.Full, null, [], [], []), Ct).ToListAsync(Ct);

        Assert.Equal(61, pages.Count);
        Assert.Equal(0, server.Rejected);
        Assert.Equal(0, connector.Stats.RateLimited);
        Assert.Equal(61, connector.Stats.Calls);
        var span = server.Arrivals[^1] - server.Arrivals[0];
        var windowsUsed = span / window;
        Assert.True(windowsUsed >= 2.5, $"61 calls at ≤ 19 per window need at least 3 windows; took {windowsUsed:F2}");
        // No upper bound here: on a loaded machine requests themselves take longer than the window, and how little the
        // limiter over-waits is a speed figure for bench/, not a test.
    }
}
