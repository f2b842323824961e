using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Storage;
using CrmSync.Worker.Analysis;
using CrmSync.Worker.Configuration;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// The state one job run carries through its steps: the connector and its settings, the analyzers chosen for it,
/// the analysis handed from step to step in memory, and what the run counted, failed on and planned.
/// </summary>
public sealed class JobRunContext(ConnectorSettings settings, ICrmConnector connector, AnalyzerSet analyzers, bool dryRun, DateTimeOffset now)
{
    public string ConnectorName => Settings.Name;
    public ConnectorSettings Settings { get; } = settings;
    public ICrmConnector Connector { get; } = connector;
    public AnalyzerSet Analyzers { get; } = analyzers;
    public bool DryRun { get; } = dryRun;
    public DateTimeOffset Now { get; } = now;
    public bool ForceFullPull { get; init; }

    /// <summary>Set by the analyze (or load-analysis) step for the steps after it.</summary>
    public AnalysisRun? Analysis { get; set; }

    /// <summary>Record ids merged away by the merge step, by object type: archived now, never written to.</summary>
    public ILookup<string, string> MergedAway { get; set; } = Array.Empty<string>().ToLookup(_ => "", _ => "");

    /// <summary>Both input records of every merge the merge step made, as (object type, id): no task is created on them.</summary>
    public IReadOnlySet<(string ObjectType, string RecordId)> MergeInputs { get; set; } = new HashSet<(string, string)>();

    public Dictionary<string, long> Counts { get; } = new(StringComparer.Ordinal);
    public List<RunRecordError> Errors { get; } = [];
    public List<PlannedWrite> PlannedWrites { get; } = [];
    public List<AlertCandidate> PlannedAlerts { get; } = [];
    public List<MergeProposal> PlannedMerges { get; } = [];

    /// <summary>This run's alerts per owner and type: created, deferred by a budget, snoozed, backlog, in a digest.</summary>
    public List<Core.Alerts.Budgets.AlertBudgetLine> AlertBudget { get; } = [];

    /// <summary>The analysis the write steps need; a step ordering mistake fails loudly.</summary>
    public AnalysisRun RequireAnalysis() =>
        Analysis ?? throw new InvalidOperationException($"Connector '{ConnectorName}': no analysis in this job before the write steps");

    public void Add(string counter, long amount = 1) =>
        Counts[counter] = Counts.GetValueOrDefault(counter) + amount;
}
