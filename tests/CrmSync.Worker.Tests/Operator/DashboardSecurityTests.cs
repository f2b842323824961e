using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Tests.EndToEnd;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.Operator;

/// <summary>The dashboard's actions need Hangfire's antiforgery token; the dashboard and run history share one access rule.</summary>
[Collection(HostCollection.Name)]
public partial class DashboardSecurityTests
{
    // The recurring job must not fire by itself while the test watches it (once a year, on 1 January).
    private static readonly Dictionary<string, string?> QuietSchedule = new() { ["CrmSync:Connectors:sandbox:Schedules:pipeline:Cron"] = "0 0 1 1 *" };

    [Fact]
    public async Task TriggerAndRequeue_WithoutAntiforgeryToken_AreRefusedAndNothingRuns()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000 }, 0, null, ct, QuietSchedule);
        var done = await demo.RunPipelineAsync(ct);
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() });

        var trigger = await http.PostAsync($"{demo.DashboardUrl}/recurring/trigger", Form("jobs[]", "sandbox:pipeline"), ct);
        var requeue = await http.PostAsync($"{demo.DashboardUrl}/jobs/succeeded/requeue", Form("jobs[]", done.HangfireJobId!), ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct);

        Assert.Equal(HttpStatusCode.Forbidden, trigger.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, requeue.StatusCode);
        var storage = demo.App.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            Assert.Null(connection.GetRecurringJobs().Single().LastJobId);
            Assert.Equal("Succeeded", connection.GetStateData(done.HangfireJobId!)!.Name);
        }

        Assert.Single(await demo.App.Services.GetRequiredService<IRecordStore>().ListRunsAsync(DemoSession.Connector, 10, ct));
    }

    [Fact]
    public async Task Trigger_WithTheDashboardsToken_RunsTheJob()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000 }, 0, null, ct, QuietSchedule);
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() });
        var page = await http.GetStringAsync($"{demo.DashboardUrl}/recurring", ct);
        var header = AntiforgeryHeader().Match(page).Groups[1].Value;
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        Assert.NotEqual("", token);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{demo.DashboardUrl}/recurring/trigger") { Content = Form("jobs[]", "sandbox:pipeline") };
        request.Headers.Add(header, WebUtility.HtmlDecode(token));
        var trigger = await http.SendAsync(request, ct);

        Assert.True(trigger.IsSuccessStatusCode, $"trigger answered {(int)trigger.StatusCode}");
        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((await store.ListRunsAsync(DemoSession.Connector, 10, ct)).Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(200, ct);
        Assert.NotEmpty(await store.ListRunsAsync(DemoSession.Connector, 10, ct));
    }

    [Fact]
    public async Task RunsAndDashboard_FromAnotherMachinesAddress_AreRefused_FromThisMachine_StatusByName()
    {
        var ct = TestContext.Current.CancellationToken;
        var remote = NonLocalAddress.Find();
        if (remote is null)
            Assert.Skip("this machine has no non-loopback IPv4 address to send a request from");
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000 }, 0, null, ct, QuietSchedule);
        var run = await demo.RunPipelineAsync(ct);
        using var local = new HttpClient();
        // A connection to 127.0.0.1 from this machine's network address: the server sees a non-local client.
        using var fromNetwork = new HttpClient(new SocketsHttpHandler { ConnectCallback = (context, token) => ConnectFromAsync(remote, context, token) });

        foreach (var path in new[] { "/runs", $"/runs/{run.Id}/errors", "/hangfire", "/hangfire/recurring", "/hangfire/crmsync", $"/api/metrics?connector={DemoSession.Connector}&period=2025" })
        {
            var refused = await fromNetwork.GetAsync($"{demo.BaseAddress}{path}", ct);
            Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{path} answered {(int)refused.StatusCode} to {remote}");
            Assert.True((await local.GetAsync($"{demo.BaseAddress}{path}", ct)).IsSuccessStatusCode, $"{path} refused a local request");
        }

        using var runs = JsonDocument.Parse(await local.GetStringAsync($"{demo.BaseAddress}/runs", ct));
        Assert.Equal("Succeeded", runs.RootElement[0].GetProperty("status").GetString());
    }

    private static FormUrlEncodedContent Form(string key, string value) => new([KeyValuePair.Create(key, value)]);

    internal static async ValueTask<Stream> ConnectFromAsync(IPAddress source, SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(source, 0));
            await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    // Hangfire's layout carries the token in <meta name="csrf-header"> and <meta name="csrf-token">, for its scripts.
    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
