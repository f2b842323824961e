using CrmSync.Core.Duplicates;
using CrmSync.Core.Records;
using CrmSync.Core.StageRules;

namespace CrmSync.Worker.Configuration;

/// <summary>One CRM account: <c>CrmSync:Connectors:&lt;name&gt;</c>. Names use [A-Za-z0-9_] so environment overrides work.</summary>
public sealed class ConnectorOptions
{
    public const string Section = "CrmSync:Connectors";

    public ConnectorKind? Kind { get; set; }

    public string? BaseUrl { get; set; }

    /// <summary>Private-app token; from the environment or a secret store, never a committed file.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Object types to sync; empty means all of them. (A non-empty default would be appended to, not replaced, by binding.)</summary>
    public List<string> Objects { get; set; } = [];

    public IReadOnlyList<string> ObjectTypes => Objects.Count == 0 ? CrmObjectTypes.All : Objects;

    /// <summary>When true, write-back plans and logs its changes but sends nothing to the CRM.</summary>
    public bool DryRun { get; set; }

    /// <summary>Overlap re-read on every incremental pull, for clock skew and late commits.</summary>
    public TimeSpan Lookback { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a sync is a full reconcile (every record, archived ones included) instead of incremental.</summary>
    public TimeSpan FullReconcileInterval { get; set; } = TimeSpan.FromDays(1);

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Job name (sync, analyze, writeback, pipeline) → schedule. Jobs without a schedule are not recurring.</summary>
    public Dictionary<string, JobSchedule> Schedules { get; set; } = [];

    public StageAgeOptions StageAge { get; set; } = new();

    public DuplicateDetectionOptions Dedupe { get; set; } = new();
}
