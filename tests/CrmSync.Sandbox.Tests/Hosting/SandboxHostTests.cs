using System.Net;
using System.Net.Http.Headers;
using CrmSync.Sandbox.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Hosting;

public sealed class SandboxHostTests
{
    [Fact]
    public async Task StartAsync_DefaultPort_ListensOnLoopback()
    {
        await using var api = await SandboxClient.StartAsync();

        Assert.Equal("127.0.0.1", api.Host.BaseUrl.Host);
        Assert.NotEqual(0, api.Host.BaseUrl.Port);
        Assert.Equal("pat-sandbox-token", api.Host.AccessToken);
    }

    [Fact]
    public async Task Stats_CountRequestsByRouteKey()
    {
        await using var api = await SandboxClient.StartAsync();

        await api.GetAsync("/crm/v3/objects/contacts");
        await api.GetAsync("/crm/v3/objects/deals");
        await api.PostAsync("/crm/v3/objects/deals/batch/update", """{"inputs":[]}""");
        await api.GetAsync("/no/such/path");

        var byRoute = api.Host.Stats.RequestsByRoute;
        Assert.Equal(2, byRoute["GET /crm/v3/objects/{type}"]);
        Assert.Equal(1, byRoute["POST /crm/v3/objects/{type}/batch/update"]);
        Assert.Equal(1, byRoute["* (unmatched)"]);
        Assert.Equal(4, api.Host.Stats.TotalRequests);
    }

    [Fact]
    public async Task RequestLog_KeepsBodiesOfWritesAndStaysBounded()
    {
        var options = SandboxClient.Options(records: 20);
        options.RequestLogCapacity = 3;
        await using var api = await SandboxClient.StartAsync(options);

        await api.PostAsync("/crm/v3/objects/tasks", """{"properties":{"hs_timestamp":"1742461200000"},"associations":[]}""");
        for (var i = 0; i < 3; i++)
        {
            await api.GetAsync($"/crm/v3/objects/contacts?limit={i + 1}");
        }

        var log = api.State.RequestLog;
        Assert.Equal(3, log.Count);
        Assert.All(log, e => Assert.Equal("GET", e.Method));
        Assert.Equal("/crm/v3/objects/contacts?limit=3", log[^1].Path);
        Assert.Empty(api.State.FindRequests("POST", "/crm/v3/objects/tasks"));
    }

    [Fact]
    public async Task RequestLog_WriteEntry_HasBodyAndStatus()
    {
        await using var api = await SandboxClient.StartAsync();

        await api.PostAsync("/crm/v3/objects/tasks", """{"properties":{"hs_timestamp":"1742461200000"},"associations":[]}""");

        var entry = Assert.Single(api.State.FindRequests("POST", "/crm/v3/objects/tasks"));
        Assert.Equal(201, entry.Status);
        Assert.Contains("hs_timestamp", entry.Body);
        Assert.Equal("POST /crm/v3/objects/{type}", entry.RouteKey);
    }

    [Fact]
    public async Task MapHubSpotSandbox_OnExistingApp_ServesTheSameApi()
    {
        var state = SandboxState.Create(SandboxClient.Options(records: 30, clock: new FakeTimeProvider(SandboxClient.Start)));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        var keys = app.MapHubSpotSandbox(state);
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", state.Options.AccessToken);

        using var response = await http.GetAsync("/crm/v3/objects/companies?limit=2", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("POST /crm/v3/objects/{type}/search", keys);
        Assert.Equal(1, state.Stats.TotalRequests);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ObjectsPathPrefix_DateVersioned_ServesObjectsThere()
    {
        var options = SandboxClient.Options(records: 20);
        options.ObjectsPathPrefix = "/crm/objects/2026-03";
        await using var api = await SandboxClient.StartAsync(options);

        var result = await api.GetAsync("/crm/objects/2026-03/contacts?limit=2");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(2, result.Results.Count);
    }
}
