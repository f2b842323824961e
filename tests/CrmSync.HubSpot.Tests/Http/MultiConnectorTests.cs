using CrmSync.HubSpot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CrmSync.HubSpot.Tests.Http;

public sealed class MultiConnectorTests : IDisposable
{
    private readonly WireMockServer _portalA = WireMockServer.Start();
    private readonly WireMockServer _portalB = WireMockServer.Start();

    public MultiConnectorTests()
    {
        foreach (var server in new[] { _portalA, _portalB })
        {
            server.Given(Request.Create().WithPath("/crm/v3/pipelines/deals").UsingGet())
                .RespondWith(Response.Create().WithBodyAsJson(new { results = Array.Empty<object>() }));
            server.Given(Request.Create().WithPath("/sandbox/crm/v3/pipelines/deals").UsingGet())
                .RespondWith(Response.Create().WithBodyAsJson(new { results = Array.Empty<object>() }));
        }
    }

    [Fact]
    public async Task Create_TwoPortalsInOneProcess_EachUsesItsOwnBaseUrlTokenAndCounters()
    {
        using var services = new ServiceCollection().AddHubSpotConnector().BuildServiceProvider();
        var factory = services.GetRequiredService<IHubSpotConnectorFactory>();
        var a = factory.Create("acme", Options(_portalA.Url!, "pat-a"));
        var b = factory.Create("beta", Options(_portalB.Url! + "/sandbox/", "pat-b"));

        await Task.WhenAll(a.GetPipelinesAsync("deals", TestContext.Current.CancellationToken), b.GetPipelinesAsync("deals", TestContext.Current.CancellationToken));
        await a.GetPipelinesAsync("deals", TestContext.Current.CancellationToken);

        Assert.Equal(["Bearer pat-a", "Bearer pat-a"], _portalA.LogEntries.Select(e => e.RequestMessage.Headers!["Authorization"].Single()));
        var onB = Assert.Single(_portalB.LogEntries);
        Assert.Equal("/sandbox/crm/v3/pipelines/deals", onB.RequestMessage.Path);
        Assert.Equal("Bearer pat-b", onB.RequestMessage.Headers!["Authorization"].Single());
        Assert.Equal(2, a.Stats.Calls);
        Assert.Equal(1, b.Stats.Calls);
    }

    private static HubSpotConnectorOptions Options(string url, string token)
    {
        var options = TestConnector.Options(url);
        options.AccessToken = token;
        return options;
    }

    public void Dispose()
    {
        _portalA.Dispose();
        _portalB.Dispose();
    }
}
