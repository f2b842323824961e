using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Hosting;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Tests.EndToEnd;
using CrmSync.Worker.Tests.Postgres;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.Jobs;

/// <summary>
/// One connector's slow or failing CRM must not hold up the others: real Hangfire on PostgreSQL with the automatic
/// worker count, connectors whose sandbox never answers in time, and healthy ones enqueued behind them.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ConnectorIsolationTests : IDisposable
{
    private const string Failing = "failing_1";
    private static readonly string[] Stuck = ["stuck_1", "stuck_2", "stuck_3"];
    private static readonly string[] Healthy = ["healthy_1", "healthy_2"];
    private readonly string _directory = Directory.CreateTempSubdirectory("crmsync-isolation-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThreeConnectorsWaitingOnTheirCrm_HealthyConnectorsQueuedBehindThemStillRunAndSucceed()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        // Answers after 10 minutes: each stuck run waits on its CRM (as on a long rate-limit or retry wait) and holds a worker.
        await using var slow = await SandboxHost.StartAsync(new SandboxOptions { Records = 5, Latency = TimeSpan.FromMinutes(10) }, Ct);
        await using var fast = await SandboxHost.StartAsync(new SandboxOptions { Records = 5 }, Ct);
        var overrides = new Dictionary<string, string?>
        {
            ["ConnectionStrings:CrmSync"] = database.ConnectionString,
            ["CrmSync:DataDirectory"] = Path.Combine(_directory, "data"),
            ["CrmSync:WorkerCount"] = "0",
        };
        foreach (var name in Stuck)
            Connect(overrides, name, slow);
        foreach (var name in Healthy.Append(Failing))
            Connect(overrides, name, fast);
        overrides[$"CrmSync:Connectors:{Failing}:AccessToken"] = "pat-revoked-token";
        await using var app = CrmSyncHost.Build(new HostSettings([], Overrides: overrides, Server: true, Urls: "http://127.0.0.1:0"));
        await HostStartup.StartAsync(app, "--urls", Ct);
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var store = app.Services.GetRequiredService<IRecordStore>();

        foreach (var name in Stuck)
            jobs.Enqueue<ConnectorJob>(j => j.RunAsync(name, JobNames.Sync, null, CancellationToken.None));
        await Poll.UntilAsync(async () => (await RunsAsync(store, Stuck)).Count(r => r.Status == RunStatus.Running) == Stuck.Length,
            TimeSpan.FromMinutes(2), "all three stuck connectors' runs to start (each on a worker of its own)");
        var failing = jobs.Enqueue<ConnectorJob>(j => j.RunAsync(Failing, JobNames.Sync, null, CancellationToken.None));
        foreach (var name in Healthy)
            jobs.Enqueue<ConnectorJob>(j => j.RunAsync(name, JobNames.Sync, null, CancellationToken.None));
        await Poll.UntilAsync(async () => (await RunsAsync(store, Healthy)).Count(r => r.Status == RunStatus.Succeeded) == Healthy.Length,
            TimeSpan.FromMinutes(3), "the healthy connectors' runs to succeed while the stuck ones wait");

        // The failing connector's retry waits in Hangfire's schedule (a minute, then five), not on a worker.
        var storage = app.Services.GetRequiredService<JobStorage>();
        await Poll.UntilAsync(() => Task.FromResult(State(storage, failing) == "Scheduled"), TimeSpan.FromMinutes(3), "the failing connector's job to be scheduled for a retry");
        Assert.All(await RunsAsync(store, [Failing]), r => Assert.Equal(RunStatus.Failed, r.Status));
        using (var connection = storage.GetConnection())
            Assert.InRange(int.Parse(connection.GetJobParameter(failing, "RetryCount"), System.Globalization.CultureInfo.InvariantCulture), 1, 2);

        // The stuck runs are still waiting on their CRM: the healthy ones did not wait for them.
        Assert.All(await RunsAsync(store, Stuck), r => Assert.Equal(RunStatus.Running, r.Status));
        Assert.True(fast.State.RequestLog.Count > 0);
        await app.StopAsync(Ct);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void Connect(Dictionary<string, string?> overrides, string name, SandboxHost sandbox)
    {
        overrides[$"CrmSync:Connectors:{name}:Kind"] = "HubSpot";
        overrides[$"CrmSync:Connectors:{name}:BaseUrl"] = sandbox.BaseUrl.ToString();
        overrides[$"CrmSync:Connectors:{name}:AccessToken"] = sandbox.AccessToken;
        overrides[$"CrmSync:Connectors:{name}:AttemptTimeout"] = "00:10:00";
    }

    private static string? State(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    private static async Task<List<RunRecord>> RunsAsync(IRecordStore store, string[] connectors)
    {
        var runs = new List<RunRecord>();
        foreach (var connector in connectors)
            runs.AddRange(await store.ListRunsAsync(connector, 10, Ct));
        return runs;
    }
}
