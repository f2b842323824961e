using CrmSync.Core.Alerts;
using CrmSync.Worker.Jobs;

namespace CrmSync.AlertBudgetRun;

/// <summary>One pipeline run of the acceptance: what it reported, and the store's alert states and the CRM's tasks after it.</summary>
/// <param name="Day">Days after the first run (the shifted clock).</param>
/// <param name="StepSeconds">Seconds per pipeline step (Pull, Analyze, WriteValues, Alert, ...).</param>
public sealed record BudgetRunResult(
    string Label,
    int Day,
    JobRunSummary Summary,
    IReadOnlyList<AlertState> States,
    IReadOnlyList<CrmAlertTask> Tasks,
    IReadOnlyDictionary<string, double> StepSeconds)
{
    public long Count(string counter) => Summary.Counts.GetValueOrDefault(counter);
}
