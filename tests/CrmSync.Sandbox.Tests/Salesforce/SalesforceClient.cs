using System.Net.Http.Headers;
using System.Text;
using CrmSync.Sandbox.Salesforce;
using CrmSync.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Salesforce;

/// <summary>A started fake org plus an HttpClient holding a client-credentials token, speaking real HTTP.</summary>
internal sealed class SalesforceClient : IAsyncDisposable
{
    public const string Data = "/services/data/v60.0";

    private SalesforceClient(SalesforceOrgHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
        Http = new HttpClient { BaseAddress = host.BaseUrl };
    }

    public SalesforceOrgHost Host { get; }

    public FakeTimeProvider Clock { get; }

    public HttpClient Http { get; }

    public SalesforceOrgState State => Host.State;

    public string? AccessToken { get; private set; }

    /// <summary>Small org, generous limits, a fake clock: the defaults for tests that are not about limits.</summary>
    public static SalesforceOrgOptions Options(int records = 300, FakeTimeProvider? clock = null) => new()
    {
        Records = records,
        TimeProvider = clock ?? new FakeTimeProvider(SandboxClient.Start),
    };

    public static async Task<SalesforceClient> StartAsync(SalesforceOrgOptions? options = null, bool authenticate = true)
    {
        options ??= Options();
        var clock = options.TimeProvider as FakeTimeProvider ?? throw new ArgumentException("Tests use a FakeTimeProvider.", nameof(options));
        var client = new SalesforceClient(await SalesforceOrgHost.StartAsync(options, TestContext.Current.CancellationToken), clock);
        if (authenticate)
        {
            await client.AuthenticateAsync();
        }

        return client;
    }

    public async Task<ApiResult> TokenAsync(string form)
    {
        using var content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await Http.PostAsync("/services/oauth2/token", content, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new ApiResult(response.StatusCode, body, response.Headers, response.Content.Headers);
    }

    public async Task AuthenticateAsync()
    {
        var result = await TokenAsync($"grant_type=client_credentials&client_id={Uri.EscapeDataString(Host.ClientId)}&client_secret={Uri.EscapeDataString(Host.ClientSecret)}");
        AccessToken = result.Json.GetProperty("access_token").GetString();
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
    }

    /// <summary>GET {Data}/query?q=… with the SOQL URL-encoded.</summary>
    public Task<ApiResult> QueryAsync(string soql, string resource = "query", string? batchSize = null) =>
        SendAsync(HttpMethod.Get, $"{Data}/{resource}?q={Uri.EscapeDataString(soql)}", null, batchSize is null ? null : ("Sforce-Query-Options", $"batchSize={batchSize}"));

    public Task<ApiResult> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<ApiResult> PostAsync(string path, string json) => SendAsync(HttpMethod.Post, path, json);

    public Task<ApiResult> PatchAsync(string path, string json) => SendAsync(HttpMethod.Patch, path, json);

    public Task<ApiResult> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public async Task<ApiResult> SendAsync(HttpMethod method, string path, string? json, (string Name, string Value)? header = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (header is { } extra)
        {
            request.Headers.TryAddWithoutValidation(extra.Name, extra.Value);
        }

        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new ApiResult(response.StatusCode, body, response.Headers, response.Content.Headers);
    }

    /// <summary>First record id of a SOQL query (e.g. "SELECT Id FROM Opportunity WHERE IsClosed = false LIMIT 1").</summary>
    public string FirstId(string soql) => (string)State.Query(soql)[0]["Id"]!;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
