using System.Net;
using System.Net.Http.Headers;
using CrmSync.Sandbox.Salesforce;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Salesforce;

public sealed class OrgHostingTests
{
    [Fact]
    public async Task MapSalesforceSandbox_OnAnExistingApp_ServesTokenAndDataBesideTheAppsOwnRoutes()
    {
        var state = SalesforceOrgState.Create(new SalesforceOrgOptions { Records = 100, TimeProvider = new FakeTimeProvider(Infrastructure.SandboxClient.Start) });
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapSalesforceSandbox(state);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = state.Options.ClientId, ["client_secret"] = state.Options.ClientSecret });
        var token = System.Text.Json.JsonDocument.Parse(await (await http.PostAsync("/services/oauth2/token", form, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        var query = await http.GetAsync("/services/data/v62.0/query?q=SELECT+COUNT()+FROM+Account", TestContext.Current.CancellationToken);

        Assert.Equal(address.TrimEnd('/'), token.GetProperty("instance_url").GetString());
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal("ok", await http.GetStringAsync("/healthz", TestContext.Current.CancellationToken));
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task InstanceUrl_Set_TokensNameItAsTheDataHostWhileTheOrgStillServesDataItself()
    {
        var options = SalesforceClient.Options(records: 50);
        options.InstanceUrl = new Uri("http://127.0.0.1:9");
        await using var org = await SalesforceClient.StartAsync(options, authenticate: false);

        var token = await org.TokenAsync($"grant_type=client_credentials&client_id={org.Host.ClientId}&client_secret={org.Host.ClientSecret}");
        await org.AuthenticateAsync();
        var count = await org.QueryAsync("SELECT COUNT() FROM Contact");

        Assert.Equal("http://127.0.0.1:9", token.Json.GetProperty("instance_url").GetString());
        Assert.Equal(HttpStatusCode.OK, count.Status);
        Assert.Equal(50, count.Json.GetProperty("totalSize").GetInt32());
    }

    [Theory]
    [InlineData("/relative")]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("http://127.0.0.1:8080/services")]
    public void InstanceUrl_NotAnHttpOrigin_IsRefusedNamingTheKey(string url)
    {
        var error = Assert.Throws<OptionsValidationException>(() => SalesforceOrgState.Create(new SalesforceOrgOptions { InstanceUrl = new Uri(url, UriKind.RelativeOrAbsolute) }));

        Assert.Contains(error.Failures, f => f.StartsWith("SalesforceSandbox:InstanceUrl", StringComparison.Ordinal) && f.Contains(url, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsNamingEveryBadKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => SalesforceOrgState.Create(new SalesforceOrgOptions
        {
            Records = 0, DailyApiLimit = 0, ApiVersion = "v60", FaultRate = 2, ClientSecret = "",
        }));

        Assert.Contains(error.Failures, f => f.Contains("SalesforceSandbox:Records", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("SalesforceSandbox:DailyApiLimit", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("SalesforceSandbox:ApiVersion", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("SalesforceSandbox:FaultRate", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("SalesforceSandbox:ClientSecret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConcurrentWrites_ThroughTheHost_AllLandWithDistinctIds()
    {
        await using var org = await SalesforceClient.StartAsync(SalesforceClient.Options(records: 100));

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => org.PostAsync($"{SalesforceClient.Data}/sobjects/Task", $$"""{"Subject":"t{{i}}"}""")));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        Assert.Equal(30, results.Select(r => r.Json.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(30, org.State.Count("Task"));
        Assert.Equal(30, org.State.ApiUsage);
    }
}
