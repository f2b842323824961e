using CrmSync.Core.Alerts;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Turns alert candidates into CRM tasks exactly once per occurrence, whatever fails. The intent (key, pending) is
/// saved before the create is sent; the open state with the task id right after. An intent left pending (a crash,
/// a cancellation, an unanswered or unreadable create) is looked up by its alert key once the CRM's search index has
/// caught up (<see cref="ICrmConnector.SearchIndexLag"/>): found, it is recorded with that task; absent, the task is
/// created then. A task is never recreated while the earlier one is open.
/// </summary>
public sealed class AlertStep(IRecordStore store, TimeProvider time) : IJobStep
{
    private static readonly TimeSpan DueIn = TimeSpan.FromDays(1);

    /// <remarks>
    /// Open alerts of types the job's analyzers do not raise stay open (e.g. in a <c>--only</c> run). Candidates on a
    /// record merged in this run are dropped (a merged duplicate group needs no "possible duplicate" task); the next
    /// run judges the merged record.
    /// </remarks>
    public async Task RunAsync(JobRunContext run, CancellationToken ct)
    {
        var candidates = run.RequireAnalysis().Result.Alerts
            .Where(c => !run.MergeInputs.Contains((c.ObjectType, c.RecordId)))
            .ToList();
        var name = run.ConnectorName;
        var existing = await store.GetAlertsAsync(name, ct);
        var now = time.GetUtcNow();
        var types = run.Analyzers.AlertTypes;
        var keys = AlertPlanner.KeysToLookUp(existing, now, run.Connector.SearchIndexLag, types);
        var intents = new IntentLookup(keys, keys.Count == 0 ? [] : await run.Connector.FindTasksByAlertKeyAsync(keys, ct));
        var taskIds = AlertPlanner.TaskIdsToCheck(existing);
        var taskStates = taskIds.Count == 0
            ? new Dictionary<string, CrmTaskState>()
            : await run.Connector.GetTaskStatesAsync(taskIds, ct);

        var plan = AlertPlanner.Plan(candidates, existing, taskStates, now, types, intents);
        if (plan.Waiting.Count > 0)
            run.Add(CounterNames.AlertsPending, plan.Waiting.Count);
        if (!run.DryRun)
        {
            foreach (var recovered in plan.Recovered)
            {
                await store.SaveAlertAsync(name, recovered, ct);
                run.Add(CounterNames.AlertsRecovered);
            }
        }

        foreach (var candidate in plan.ToCreate)
        {
            run.PlannedAlerts.Add(candidate);
            if (!run.DryRun)
                await CreateAsync(run, candidate, ct);
        }

        if (run.DryRun)
            return;
        var clearing = new ClearedTasks(run, run.Analyzers.Runner.OnClear, taskStates);
        foreach (var resolved in plan.ToResolve)
        {
            // The task is closed out before the alert is saved resolved: should that fail, the alert stays open and
            // the next run, finding the condition still cleared, tries again.
            if (!await clearing.CloseOutAsync(resolved, ct))
                continue;
            await store.SaveAlertAsync(name, resolved, ct);
            run.Add(CounterNames.AlertsResolved);
        }
    }

    private async Task CreateAsync(JobRunContext run, AlertCandidate candidate, CancellationToken ct)
    {
        var intent = candidate.ToPendingState(time.GetUtcNow());
        await store.SaveAlertAsync(run.ConnectorName, intent, ct);
        string taskId;
        try
        {
            taskId = await run.Connector.CreateTaskAsync(candidate.ToTaskRequest(run.Now + DueIn), ct);
        }
        catch (CrmRejectedException e)
        {
            // Refused: no task exists, so the intent is dropped and the next run tries this alert again.
            await store.SaveAlertAsync(run.ConnectorName, intent with { Status = AlertStatus.Resolved, ResolvedAt = time.GetUtcNow() }, CancellationToken.None);
            run.Errors.Add(new(candidate.ObjectType, candidate.RecordId, "ALERT_CREATE_FAILED", e.Message));
            run.Add(CounterNames.AlertFailures);
            return;
        }
        catch (CrmConnectorException e) when (e.IsRecordLevel())
        {
            // Unanswered, 5xx or unreadable: the task may exist. The intent stays pending for the next run's lookup.
            run.Errors.Add(new(candidate.ObjectType, candidate.RecordId, "ALERT_CREATE_UNCONFIRMED",
                $"{e.Message} The task may exist: the next run looks it up by its alert key before creating it again."));
            run.Add(CounterNames.AlertFailures);
            run.Add(CounterNames.AlertsPending);
            return;
        }

        // Not cancellable: the task exists now, and its id is worth saving even if the job is being stopped.
        await store.SaveAlertAsync(run.ConnectorName, candidate.ToOpenState(taskId, time.GetUtcNow()), CancellationToken.None);
        run.Add(CounterNames.AlertsCreated);
    }
}
