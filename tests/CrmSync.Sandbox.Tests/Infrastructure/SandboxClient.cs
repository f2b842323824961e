using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Sandbox.Tests.Infrastructure;

/// <summary>A started sandbox plus an authenticated HttpClient speaking to it over real HTTP.</summary>
internal sealed class SandboxClient : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private SandboxClient(SandboxHost host)
    {
        Host = host;
        Http = new HttpClient { BaseAddress = host.BaseUrl };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.AccessToken);
    }

    public SandboxHost Host { get; }

    public HttpClient Http { get; }

    public SandboxState State => Host.State;

    /// <summary>Small data, no limits, a fake clock: the defaults for tests that are not about limits.</summary>
    public static SandboxOptions Options(int records = 300, FakeTimeProvider? clock = null) => new()
    {
        Records = records,
        BurstLimitPer10Seconds = 0,
        SearchLimitPerSecond = 0,
        DailyLimit = 0,
        TimeProvider = clock ?? new FakeTimeProvider(Start),
    };

    public static async Task<SandboxClient> StartAsync(SandboxOptions? options = null) =>
        new(await SandboxHost.StartAsync(options ?? Options(), TestContext.Current.CancellationToken));

    public Task<ApiResult> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<ApiResult> PostAsync(string path, string json) => SendAsync(HttpMethod.Post, path, json);

    public Task<ApiResult> PatchAsync(string path, string json) => SendAsync(HttpMethod.Patch, path, json);

    public Task<ApiResult> PutAsync(string path, string? json = null) => SendAsync(HttpMethod.Put, path, json);

    public Task<ApiResult> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public async Task<ApiResult> SendAsync(HttpMethod method, string path, string? json, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await (client ?? Http).SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new ApiResult(response.StatusCode, body, response.Headers, response.Content.Headers);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
