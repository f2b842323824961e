using System.Net;
using System.Text.RegularExpressions;
using CrmSync.Sandbox;
using CrmSync.Worker.Demo;

namespace CrmSync.Worker.Tests.Access;

/// <summary>
/// A demo host (sandbox, dashboard, /runs) with an access configuration, and requests that reach it as a remote
/// client does through a reverse proxy: from 127.0.0.1 but carrying X-Forwarded-For from a proxy that is not trusted.
/// </summary>
internal sealed partial class AccessSession(DemoSession demo) : IAsyncDisposable
{
    public const string RemoteClient = "203.0.113.7";

    // The recurring job must not fire by itself while a test watches it (once a year, on 1 January).
    private static readonly Dictionary<string, string?> QuietSchedule = new() { ["CrmSync:Connectors:sandbox:Schedules:pipeline:Cron"] = "0 0 1 1 *" };

    public DemoSession Demo { get; } = demo;

    public static async Task<AccessSession> StartAsync(IReadOnlyDictionary<string, string?> access)
    {
        var settings = new Dictionary<string, string?>(QuietSchedule);
        foreach (var (key, value) in access)
            settings[key] = value;
        return new AccessSession(await DemoSession.StartAsync(new SandboxOptions { Records = 200 }, 0, null, TestContext.Current.CancellationToken, settings));
    }

    /// <summary>A request as a remote client's, relayed by a proxy on this host.</summary>
    public HttpRequestMessage Remote(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, $"{Demo.BaseAddress}{path}") { Content = content };
        request.Headers.Add("X-Forwarded-For", RemoteClient);
        return request;
    }

    public static HttpClient Client(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = false });

    public static void Authorize(HttpRequestMessage request, string user, string password) =>
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")));

    /// <summary>Hangfire's antiforgery header name and token, from a dashboard page.</summary>
    public static (string Header, string Token) Antiforgery(string page) =>
        (AntiforgeryHeader().Match(page).Groups[1].Value, WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value));

    /// <summary>
    /// "Trigger now" as the dashboard's own script sends it: the page's antiforgery cookie and token, read from
    /// <paramref name="pageFrom"/>, sent with the POST to <paramref name="postTo"/> (the same host, or another replica).
    /// </summary>
    public static async Task<HttpResponseMessage> TriggerAsync(AccessSession pageFrom, AccessSession postTo, HttpClient http, string user, string password)
    {
        var ct = TestContext.Current.CancellationToken;
        var jar = new CookieJar();
        var page = pageFrom.Remote(HttpMethod.Get, "/hangfire/recurring");
        Authorize(page, user, password);
        using var pageResponse = await http.SendAsync(page, ct);
        jar.Take(pageResponse);
        var (header, token) = Antiforgery(await pageResponse.Content.ReadAsStringAsync(ct));
        Assert.NotEqual("", token);

        var trigger = jar.Put(postTo.Remote(HttpMethod.Post, "/hangfire/recurring/trigger", new FormUrlEncodedContent([KeyValuePair.Create("jobs[]", "sandbox:pipeline")])));
        Authorize(trigger, user, password);
        trigger.Headers.Add(header, token);
        return await http.SendAsync(trigger, ct);
    }

    public ValueTask DisposeAsync() => Demo.DisposeAsync();

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
