using CrmSync.Core.Dedupe;
using CrmSync.Core.Metrics;
using CrmSync.Sandbox;
using CrmSync.Worker.Access;

namespace CrmSync.Worker.Configuration;

/// <summary>The <c>CrmSync</c> section, less the connectors (bound by name, see <see cref="ConnectorOptions"/>).</summary>
public sealed class CrmSyncOptions
{
    public const string Section = "CrmSync";

    /// <summary>Where the embedded SQLite store lives when no PostgreSQL connection string is set.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Hangfire workers in this process; 0 = automatic (<see cref="Hosting.HangfireServiceCollectionExtensions.AutomaticWorkers"/>).</summary>
    public int WorkerCount { get; set; }

    /// <summary>
    /// How long a connector's lease outlives its last renewal: a run whose process died is taken over this long after
    /// its last heartbeat (renewals come every quarter of it).
    /// </summary>
    public TimeSpan LeaseExpiry { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a job fetched by a process that stopped answering stays invisible before another replica fetches it
    /// again (Hangfire's sliding invisibility timeout on PostgreSQL: a live worker keeps extending it). Longer than
    /// <see cref="LeaseExpiry"/>, so that the retried job finds the dead run's lease lapsed and takes it over.
    /// </summary>
    public TimeSpan JobInvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Who may use the dashboard, <c>/runs</c> and <c>/api</c> off localhost (docs/configuration.md, "Access").</summary>
    public AccessOptions Access { get; set; } = new();

    /// <summary>
    /// On SIGTERM or Ctrl+C, how long a running job has to finish its batch and record its state before the process
    /// exits (keep it below Kubernetes' terminationGracePeriodSeconds; the chart sets it 15 s below).
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Matching rules of <c>crmsync dedupe</c> (the offline CLI); its --kind and --region override them.</summary>
    public DedupeSettings Dedupe { get; set; } = new();

    /// <summary>Metric settings of <c>crmsync metrics --input</c> (stage → volume mapping, rates, spend, margin).</summary>
    public MetricsOptions Metrics { get; set; } = new();

    /// <summary>Settings of <c>crmsync sandbox</c>; its --port, --records and --seed override them.</summary>
    public SandboxOptions Sandbox { get; set; } = new();
}
