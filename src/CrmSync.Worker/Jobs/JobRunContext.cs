using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;

namespace CrmSync.Worker.Jobs;

/// <summary>The state one job run carries through its steps: what it counted, per-record errors, planned writes.</summary>
public sealed class JobRunContext(string connectorName, ConnectorOptions options, ICrmConnector connector, bool dryRun, DateTimeOffset now)
{
    public string ConnectorName { get; } = connectorName;
    public ConnectorOptions Options { get; } = options;
    public ICrmConnector Connector { get; } = connector;
    public bool DryRun { get; } = dryRun;
    public DateTimeOffset Now { get; } = now;
    public bool ForceFullPull { get; init; }

    public Dictionary<string, long> Counts { get; } = new(StringComparer.Ordinal);
    public List<RunRecordError> Errors { get; } = [];
    public List<PlannedWrite> PlannedWrites { get; } = [];
    public List<PlannedAlert> PlannedAlerts { get; } = [];
    public List<MergeProposal> PlannedMerges { get; } = [];

    public void Add(string counter, long amount = 1) =>
        Counts[counter] = Counts.GetValueOrDefault(counter) + amount;
}
