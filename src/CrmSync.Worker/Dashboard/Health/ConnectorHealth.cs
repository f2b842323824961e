using CrmSync.Core.Connectors;

namespace CrmSync.Worker.Dashboard.Health;

/// <summary>
/// One connector's health: its last successful run, its last failed one and why (from run history, among the newest
/// <see cref="RunsRead"/> runs), and the API budget left as the connector last saw it (null before any report).
/// </summary>
public sealed record ConnectorHealth(string Connector, RunOutcome? LastSuccess, RunOutcome? LastFailure, ApiBudgetReading? ApiBudget, int RunsRead);
