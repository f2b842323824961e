using CrmSync.Core.Alerts.Budgets;

namespace CrmSync.Worker.Configuration;

/// <summary>
/// The keys every connector has, whatever its kind: <c>CrmSync:Connectors:&lt;name&gt;</c>. The kind's own keys
/// (URL, credentials, rate budget) belong to its connector project; each analyzer's section to the analyzer.
/// Names use [A-Za-z0-9_] so environment overrides work.
/// </summary>
public sealed class ConnectorOptions
{
    public const string Section = "CrmSync:Connectors";

    /// <summary>A registered connector kind, e.g. HubSpot (matched case-insensitively).</summary>
    public string? Kind { get; set; }

    /// <summary>Object types to sync; empty means all the kind supports. (A non-empty default would be appended to, not replaced, by binding.)</summary>
    public List<string> Objects { get; set; } = [];

    /// <summary>When true, write-back plans and logs its changes but sends nothing to the CRM.</summary>
    public bool DryRun { get; set; }

    /// <summary>How often a sync is a full reconcile (every record, archived ones included) instead of incremental.</summary>
    public TimeSpan FullReconcileInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Schedule id (a job name, or any id with <see cref="JobSchedule.Job"/>) → schedule.</summary>
    public Dictionary<string, JobSchedule> Schedules { get; set; } = [];

    /// <summary>Budgets, priority rule, digests, backlog, snooze and excluded owners for the tasks alerts create (docs/alerts.md).</summary>
    public AlertOptions Alerts { get; set; } = new();
}
