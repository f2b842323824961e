using CrmSync.Core.Alerts;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Turns alert candidates into CRM tasks once per occurrence: a task is never recreated while the earlier one is
/// open, and its state is saved right after the create so a re-run does not create it twice.
/// </summary>
public sealed class AlertStep(IRecordStore store, TimeProvider time)
{
    private static readonly TimeSpan DueIn = TimeSpan.FromDays(1);

    public async Task RunAsync(JobRunContext run, IReadOnlyList<AlertCandidate> candidates, CancellationToken ct)
    {
        var name = run.ConnectorName;
        var existing = await store.GetAlertsAsync(name, ct);
        var openTaskIds = existing
            .Where(a => a.Status == AlertStatus.Open && a.TaskId is not null)
            .Select(a => a.TaskId!)
            .ToList();
        var taskStates = openTaskIds.Count == 0
            ? new Dictionary<string, CrmTaskState>()
            : await run.Connector.GetTaskStatesAsync(openTaskIds, ct);

        var plan = AlertPlanner.Plan(candidates, existing, taskStates);
        foreach (var candidate in plan.ToCreate)
        {
            run.PlannedAlerts.Add(new(candidate.Key, candidate.AlertType, candidate.ObjectType, candidate.RecordId, candidate.OwnerId, candidate.Subject));
            if (!run.DryRun)
                await CreateAsync(run, candidate, ct);
        }

        if (run.DryRun)
            return;
        foreach (var resolved in plan.ToResolve)
        {
            await store.SaveAlertAsync(name, resolved with { Status = AlertStatus.Resolved, ResolvedAt = time.GetUtcNow() }, ct);
            run.Add(CounterNames.AlertsResolved);
        }
    }

    private async Task CreateAsync(JobRunContext run, AlertCandidate candidate, CancellationToken ct)
    {
        var request = new AlertTaskRequest(candidate.Key, candidate.ObjectType, candidate.RecordId, candidate.OwnerId,
            candidate.Subject, candidate.Body, run.Now + DueIn, candidate.Priority);
        string taskId;
        try
        {
            taskId = await run.Connector.CreateTaskAsync(request, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException and not CrmConnectorException)
        {
            // Not saved: the next run tries this alert again.
            run.Errors.Add(new(candidate.ObjectType, candidate.RecordId, "ALERT_CREATE_FAILED", e.Message));
            run.Add(CounterNames.AlertFailures);
            return;
        }

        await store.SaveAlertAsync(run.ConnectorName, new AlertState(candidate.Key, candidate.AlertType,
            candidate.ObjectType, candidate.RecordId, taskId, AlertStatus.Open, time.GetUtcNow(), null), ct);
        run.Add(CounterNames.AlertsCreated);
    }
}
