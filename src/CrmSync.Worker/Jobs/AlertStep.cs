using CrmSync.Core.Alerts;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Turns alert candidates into CRM tasks once per occurrence: a task is never recreated while the earlier one is
/// open, and its state is saved right after the create so a re-run does not create it twice.
/// </summary>
public sealed class AlertStep(IRecordStore store, TimeProvider time) : IJobStep
{
    private static readonly TimeSpan DueIn = TimeSpan.FromDays(1);

    /// <remarks>Open alerts of types the job's analyzers do not raise stay open (e.g. in a <c>--only</c> run).</remarks>
    public async Task RunAsync(JobRunContext run, CancellationToken ct)
    {
        var candidates = run.RequireAnalysis().Result.Alerts;
        var name = run.ConnectorName;
        var existing = await store.GetAlertsAsync(name, ct);
        var taskIds = AlertPlanner.TaskIdsToCheck(existing);
        var taskStates = taskIds.Count == 0
            ? new Dictionary<string, CrmTaskState>()
            : await run.Connector.GetTaskStatesAsync(taskIds, ct);

        var plan = AlertPlanner.Plan(candidates, existing, taskStates, time.GetUtcNow(), run.Analyzers.AlertTypes);
        foreach (var candidate in plan.ToCreate)
        {
            run.PlannedAlerts.Add(candidate);
            if (!run.DryRun)
                await CreateAsync(run, candidate, ct);
        }

        if (run.DryRun)
            return;
        foreach (var resolved in plan.ToResolve)
        {
            await store.SaveAlertAsync(name, resolved, ct);
            run.Add(CounterNames.AlertsResolved);
        }
    }

    private async Task CreateAsync(JobRunContext run, AlertCandidate candidate, CancellationToken ct)
    {
        string taskId;
        try
        {
            taskId = await run.Connector.CreateTaskAsync(candidate.ToTaskRequest(run.Now + DueIn), ct);
        }
        catch (CrmConnectorException e) when (e.IsRecordLevel())
        {
            // Not saved: the next run tries this alert again.
            run.Errors.Add(new(candidate.ObjectType, candidate.RecordId, "ALERT_CREATE_FAILED", e.Message));
            run.Add(CounterNames.AlertFailures);
            return;
        }

        await store.SaveAlertAsync(run.ConnectorName, candidate.ToOpenState(taskId, time.GetUtcNow()), ct);
        run.Add(CounterNames.AlertsCreated);
    }
}
