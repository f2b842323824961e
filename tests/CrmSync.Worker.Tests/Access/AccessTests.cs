using System.Net;
using CrmSync.Storage;
using CrmSync.Worker.Access;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Tests.EndToEnd;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.Access;

/// <summary>Off localhost the dashboard, /runs and /api need authentication; the read-only role cannot act on jobs.</summary>
[Collection(HostCollection.Name)]
public sealed class AccessTests
{
    private const string Viewer = "viewer";
    private const string Admin = "admin";
    private const string ViewerPassword = "correct horse battery staple";
    private const string AdminPassword = "admin's own passphrase";

    private static readonly string[] ProtectedPaths = ["/hangfire", "/hangfire/recurring", "/hangfire/crmsync", "/runs", "/api/metrics", "/api/connectors/health", "/metrics"];

    /// <summary>What a read-only user (any role) may read: the page, run history, the APIs and the Prometheus scrape.</summary>
    private static readonly string[] ReadPaths = ["/hangfire/crmsync", "/runs", "/api/metrics?connector=sandbox&period=2026", "/api/connectors/health", "/api/connectors/sandbox/alert-budget", "/metrics"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LocalOnly_ARequestRelayedByAProxyOnThisHost_IsRefusedEverywhere_ADirectLocalOneIsServed()
    {
        await using var session = await AccessSession.StartAsync(new Dictionary<string, string?>());
        using var http = AccessSession.Client();

        foreach (var path in ProtectedPaths)
        {
            using var relayed = await http.SendAsync(session.Remote(HttpMethod.Get, path), Ct);
            Assert.True(relayed.StatusCode == HttpStatusCode.Forbidden, $"{path} answered {(int)relayed.StatusCode} to a relayed request");
        }

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{session.Demo.BaseAddress}/runs", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{session.Demo.BaseAddress}/hangfire", Ct)).StatusCode);
        // Liveness stays open: a probe carries no credentials.
        using var health = await http.SendAsync(session.Remote(HttpMethod.Get, "/healthz"), Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task TrustedProxy_ForwardsTheRemoteClientsAddress_WhichIsNotLocal()
    {
        await using var session = await AccessSession.StartAsync(new Dictionary<string, string?> { ["CrmSync:Access:KnownProxies:0"] = "127.0.0.1" });
        using var http = AccessSession.Client();

        using var relayed = await http.SendAsync(session.Remote(HttpMethod.Get, "/runs"), Ct);
        using var local = await http.GetAsync($"{session.Demo.BaseAddress}/runs", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, relayed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    public async Task Basic_AnonymousOrWrongPasswordIsChallenged_ReadOnlyUserSeesAllButCannotTrigger_AdminCan()
    {
        await using var session = await AccessSession.StartAsync(BasicUsers());
        using var http = AccessSession.Client();

        foreach (var path in ProtectedPaths)
        {
            using var anonymous = await http.SendAsync(session.Remote(HttpMethod.Get, path), Ct);
            Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, $"{path} answered {(int)anonymous.StatusCode} to an anonymous remote request");
            Assert.StartsWith("Basic", anonymous.Headers.WwwAuthenticate.Single().Scheme, StringComparison.Ordinal);
        }

        var wrong = session.Remote(HttpMethod.Get, "/runs");
        AccessSession.Authorize(wrong, Viewer, "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong, Ct)).StatusCode);

        foreach (var path in new[] { "/hangfire", "/hangfire/recurring", "/runs" })
        {
            var seen = session.Remote(HttpMethod.Get, path);
            AccessSession.Authorize(seen, Viewer, ViewerPassword);
            using var response = await http.SendAsync(seen, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode} to the read-only user");
        }

        Assert.False((await AccessSession.TriggerAsync(session, session, http, Viewer, ViewerPassword)).IsSuccessStatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        Assert.Empty(await session.Demo.App.Services.GetRequiredService<IRecordStore>().ListRunsAsync(DemoSession.Connector, 10, Ct));
        using (var connection = session.Demo.App.Services.GetRequiredService<JobStorage>().GetConnection())
            Assert.Null(connection.GetRecurringJobs().Single().LastJobId);

        using var admin = await AccessSession.TriggerAsync(session, session, http, Admin, AdminPassword);
        Assert.True(admin.IsSuccessStatusCode, $"the admin's trigger answered {(int)admin.StatusCode}");
        using (var connection = session.Demo.App.Services.GetRequiredService<JobStorage>().GetConnection())
            Assert.NotNull(connection.GetRecurringJobs().Single().LastJobId);
    }

    [Fact]
    public async Task Basic_TheReadOnlyUsersPage_ShowsNoTriggerButton_TheAdminsDoes()
    {
        await using var session = await AccessSession.StartAsync(BasicUsers());
        using var http = AccessSession.Client();

        var viewerPage = await PageAsync(session, http, Viewer, ViewerPassword);
        var adminPage = await PageAsync(session, http, Admin, AdminPassword);

        Assert.DoesNotContain("js-jobs-list-command", viewerPage, StringComparison.Ordinal);
        Assert.Contains("js-jobs-list-command", adminPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Basic_ThePageTheApisAndPrometheus_AreServedToEitherRole()
    {
        // Anonymous, each is challenged: ProtectedPaths in the test above.
        await using var session = await AccessSession.StartAsync(BasicUsers());
        using var http = AccessSession.Client();

        foreach (var path in ReadPaths)
        {
            foreach (var (user, password) in new[] { (Viewer, ViewerPassword), (Admin, AdminPassword) })
            {
                var request = session.Remote(HttpMethod.Get, path);
                AccessSession.Authorize(request, user, password);
                using var response = await http.SendAsync(request, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode} to {user}");
            }
        }

        var scrape = session.Remote(HttpMethod.Get, "/metrics");
        AccessSession.Authorize(scrape, Viewer, ViewerPassword);
        using var text = await http.SendAsync(scrape, Ct);
        Assert.Contains("# TYPE", await text.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> BasicUsers() => new()
    {
        ["CrmSync:Access:Mode"] = "Basic",
        [$"CrmSync:Access:Basic:Users:{Viewer}:PasswordHash"] = PasswordHashes.Hash(ViewerPassword),
        [$"CrmSync:Access:Basic:Users:{Viewer}:Role"] = "ReadOnly",
        [$"CrmSync:Access:Basic:Users:{Admin}:PasswordHash"] = PasswordHashes.Hash(AdminPassword),
        [$"CrmSync:Access:Basic:Users:{Admin}:Role"] = "Admin",
    };

    private static async Task<string> PageAsync(AccessSession session, HttpClient http, string user, string password)
    {
        var request = session.Remote(HttpMethod.Get, "/hangfire/recurring");
        AccessSession.Authorize(request, user, password);
        using var response = await http.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }
}
