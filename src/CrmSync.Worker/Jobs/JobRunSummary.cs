using System.Text.Json.Serialization;
using CrmSync.Core.Analysis;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>What one job run did, as printed by the CLI and kept in run history.</summary>
public sealed record JobRunSummary(
    long RunId,
    string Connector,
    string Job,
    bool DryRun,
    RunStatus Status,
    double Seconds,
    IReadOnlyDictionary<string, long> Counts,
    IReadOnlyList<RunRecordError> Errors,
    IReadOnlyList<PlannedWrite> PlannedWrites,
    IReadOnlyList<AlertCandidate> PlannedAlerts,
    IReadOnlyList<MergeProposal> PlannedMerges,
    string? Message)
{
    /// <summary>In a dry run, every violation the analyzers found (record, rule, why, its alert key if it raises a task).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The findings counted by rule: violations, those that raise a task, distinct records.</summary>
    public IReadOnlyList<FindingTally> FindingsByRule => FindingTally.Of(Findings);
    /// <summary>Alerts per owner and type: created, deferred by a budget, snoozed, held as backlog, in a digest.</summary>
    public IReadOnlyList<Core.Alerts.Budgets.AlertBudgetLine> AlertBudget { get; init; } = [];

    /// <summary>
    /// Every alert the run's analyzers raised (the conditions that hold now, created or not), for checks that account
    /// for each alert (bench/CrmSync.AlertBudgetRun); not printed.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<AlertCandidate> AlertCandidates { get; init; } = [];
}
