using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Hosting;
using CrmSync.Worker.Jobs;
using Hangfire;
using Hangfire.States;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CrmSync.Worker.Demo;

/// <summary>
/// The embedded default end to end: a seeded sandbox CRM, the host on SQLite and in-memory Hangfire, and the pipeline
/// job run through Hangfire so that it shows on the dashboard.
/// </summary>
public sealed class DemoSession : IAsyncDisposable
{
    public const string Connector = "sandbox";

    // Scheduled means Hangfire will retry a failed run later: as final for the demo as Failed.
    private static readonly HashSet<string> FinalStates =
        [SucceededState.StateName, FailedState.StateName, ScheduledState.StateName, DeletedState.StateName];

    private readonly string _dataDirectory;

    private DemoSession(SandboxHost sandbox, WebApplication app, string dataDirectory)
    {
        Sandbox = sandbox;
        App = app;
        _dataDirectory = dataDirectory;
    }

    public SandboxHost Sandbox { get; }
    public WebApplication App { get; }
    public string DashboardUrl => $"{BaseAddress}/hangfire";
    public string BaseAddress => App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <param name="settings">Configuration layered over the demo's own, e.g. a PostgreSQL connection string.</param>
    public static async Task<DemoSession> StartAsync(SandboxOptions sandboxOptions, int port, string? configFile,
        CancellationToken ct, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var sandbox = await SandboxHost.StartAsync(sandboxOptions, ct);
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"crmsync-demo-{Guid.NewGuid():N}");
        var prefix = $"CrmSync:Connectors:{Connector}";
        var overrides = new Dictionary<string, string?>
        {
            ["ConnectionStrings:CrmSync"] = "",
            ["CrmSync:DataDirectory"] = dataDirectory,
            // The demo prints its own summary; per-record logs would bury it.
            ["Logging:LogLevel:Default"] = "Warning",
            [$"{prefix}:Kind"] = "HubSpot",
            [$"{prefix}:BaseUrl"] = sandbox.BaseUrl.ToString(),
            [$"{prefix}:AccessToken"] = sandbox.AccessToken,
            [$"{prefix}:RateLimit:BurstPer10Seconds"] = sandboxOptions.BurstLimitPer10Seconds.ToString(),
            [$"{prefix}:Schedules:pipeline:Cron"] = "*/15 * * * *",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            overrides[key] = value;
        WebApplication? app = null;
        try
        {
            app = CrmSyncHost.Build(new HostSettings([], configFile, overrides, Server: true, Web: true,
                Urls: $"http://127.0.0.1:{port}") { ConfigureServices = configureServices });
            await HostStartup.StartAsync(app, "--port", ct);
            return new DemoSession(sandbox, app, dataDirectory);
        }
        catch
        {
            if (app is not null)
                await app.DisposeAsync();
            await sandbox.DisposeAsync();
            throw;
        }
    }

    /// <summary>Enqueues the pipeline in Hangfire, waits for it to finish, and returns its run from run history.</summary>
    public async Task<RunRecord> RunPipelineAsync(CancellationToken ct)
    {
        var client = App.Services.GetRequiredService<IBackgroundJobClient>();
        var jobId = client.Enqueue<ConnectorJob>(j => j.RunAsync(Connector, JobNames.Pipeline, null, CancellationToken.None));
        var storage = App.Services.GetRequiredService<JobStorage>();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            using (var connection = storage.GetConnection())
            {
                var state = connection.GetStateData(jobId)?.Name;
                if (state is not null && FinalStates.Contains(state))
                    break;
            }

            await Task.Delay(100, ct);
        }

        var store = App.Services.GetRequiredService<IRecordStore>();
        var runs = await store.ListRunsAsync(Connector, 10, ct);
        return runs.FirstOrDefault(r => r.HangfireJobId == jobId)
            ?? throw new InvalidOperationException($"Hangfire job {jobId} finished without a run record; see the dashboard");
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Sandbox.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file on some platforms; a leftover temp directory is harmless.
        }
    }
}
