using CrmSync.Sandbox;
using CrmSync.Sandbox.Salesforce;
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
/// The embedded default end to end: a seeded sandbox CRM (the fake HubSpot, the fake Salesforce org, or both, each
/// with its connector), the host on SQLite and in-memory Hangfire, and the pipeline job run through Hangfire so that
/// it shows on the dashboard.
/// </summary>
public sealed class DemoSession : IAsyncDisposable
{
    public const string Connector = "sandbox";

    /// <summary>The connector of the fake Salesforce org (<c>--crm salesforce</c> or <c>both</c>).</summary>
    public const string SalesforceConnector = "sandbox_salesforce";

    // Scheduled means Hangfire will retry a failed run later: as final for the demo as Failed.
    private static readonly HashSet<string> FinalStates =
        [SucceededState.StateName, FailedState.StateName, ScheduledState.StateName, DeletedState.StateName];

    private readonly string _dataDirectory;
    private readonly SandboxHost? _sandbox;

    private DemoSession(SandboxHost? sandbox, SalesforceOrgHost? salesforce, WebApplication app, string dataDirectory)
    {
        _sandbox = sandbox;
        SalesforceOrg = salesforce;
        App = app;
        _dataDirectory = dataDirectory;
    }

    /// <summary>The fake HubSpot (absent when the demo runs against Salesforce only).</summary>
    public SandboxHost Sandbox => _sandbox ?? throw new InvalidOperationException("This demo runs without the HubSpot sandbox (--crm salesforce).");

    /// <summary>The fake Salesforce org, when the demo runs against it.</summary>
    public SalesforceOrgHost? SalesforceOrg { get; }

    /// <summary>The connectors this demo configured, HubSpot's first.</summary>
    public IReadOnlyList<string> Connectors => [.. _sandbox is null ? [] : new[] { Connector }, .. SalesforceOrg is null ? [] : new[] { SalesforceConnector }];
    public WebApplication App { get; }
    public string DashboardUrl => $"{BaseAddress}/hangfire";
    public string BaseAddress => App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <param name="settings">Configuration layered over the demo's own, e.g. a PostgreSQL connection string.</param>
    public static async Task<DemoSession> StartAsync(SandboxOptions sandboxOptions, int port, string? configFile,
        CancellationToken ct, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null,
        DemoCrm crm = DemoCrm.HubSpot)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"crmsync-demo-{Guid.NewGuid():N}");
        var overrides = new Dictionary<string, string?>
        {
            ["ConnectionStrings:CrmSync"] = "",
            ["CrmSync:DataDirectory"] = dataDirectory,
            // The demo prints its own summary; per-record logs would bury it.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        SandboxHost? sandbox = null;
        SalesforceOrgHost? salesforce = null;
        WebApplication? app = null;
        try
        {
            if (crm != DemoCrm.Salesforce)
            {
                sandbox = await SandboxHost.StartAsync(sandboxOptions, ct);
                var prefix = $"CrmSync:Connectors:{Connector}";
                overrides[$"{prefix}:Kind"] = "HubSpot";
                overrides[$"{prefix}:BaseUrl"] = sandbox.BaseUrl.ToString();
                overrides[$"{prefix}:AccessToken"] = sandbox.AccessToken;
                overrides[$"{prefix}:RateLimit:BurstPer10Seconds"] = sandboxOptions.BurstLimitPer10Seconds.ToString();
                overrides[$"{prefix}:Schedules:pipeline:Cron"] = "*/15 * * * *";
                foreach (var (key, value) in DemoAlertSettings.For(Connector).Concat(DemoMetricsSettings.For(Connector)))
                    overrides[key] = value;
            }

            if (crm != DemoCrm.HubSpot)
            {
                salesforce = await SalesforceOrgHost.StartAsync(new SalesforceOrgOptions
                {
                    Records = sandboxOptions.Records, Seed = sandboxOptions.Seed, StageCriteriaCases = sandboxOptions.StageCriteriaCases,
                    MetricsScenario = sandboxOptions.MetricsScenario, RenewalCases = sandboxOptions.RenewalCases, TimeProvider = sandboxOptions.TimeProvider,
                }, ct);
                foreach (var (key, value) in SalesforceDemoSettings.For(SalesforceConnector, salesforce).Concat(DemoAlertSettings.For(SalesforceConnector)))
                    overrides[key] = value;
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
                overrides[key] = value;
            app = CrmSyncHost.Build(new HostSettings([], configFile, overrides, Server: true, Web: true,
                Urls: $"http://127.0.0.1:{port}") { ConfigureServices = configureServices });
            await HostStartup.StartAsync(app, "--port", ct);
            return new DemoSession(sandbox, salesforce, app, dataDirectory);
        }
        catch
        {
            if (app is not null)
                await app.DisposeAsync();
            if (sandbox is not null)
                await sandbox.DisposeAsync();
            if (salesforce is not null)
                await salesforce.DisposeAsync();
            throw;
        }
    }

    /// <summary>Enqueues the pipeline in Hangfire, waits for it to finish, and returns its run from run history.</summary>
    public Task<RunRecord> RunPipelineAsync(CancellationToken ct) => RunPipelineAsync(_sandbox is null ? SalesforceConnector : Connector, ct);

    /// <summary>The same for one of <see cref="Connectors"/>.</summary>
    public async Task<RunRecord> RunPipelineAsync(string connector, CancellationToken ct)
    {
        var client = App.Services.GetRequiredService<IBackgroundJobClient>();
        var jobId = client.Enqueue<ConnectorJob>(j => j.RunAsync(connector, JobNames.Pipeline, null, CancellationToken.None));
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
        var runs = await store.ListRunsAsync(connector, 10, ct);
        return runs.FirstOrDefault(r => r.HangfireJobId == jobId)
            ?? throw new InvalidOperationException($"Hangfire job {jobId} finished without a run record; see the dashboard");
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (_sandbox is not null)
            await _sandbox.DisposeAsync();
        if (SalesforceOrg is not null)
            await SalesforceOrg.DisposeAsync();
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
