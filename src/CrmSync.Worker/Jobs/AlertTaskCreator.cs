using CrmSync.Core.Alerts;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Creates one task exactly once, whatever fails: the intent (key, pending) is saved before the create is sent, the
/// open state with the task id right after. Used for alert tasks and digest tasks alike.
/// </summary>
public sealed class AlertTaskCreator(IRecordStore store, TimeProvider time)
{
    /// <param name="reason">Saved with the open state (a digest task's text fingerprint).</param>
    /// <param name="createdCounter">The counter of tasks created (alerts or digests).</param>
    /// <returns>Whether the task exists now.</returns>
    public async Task<bool> CreateAsync(
        JobRunContext run, AlertCandidate candidate, AlertTaskRequest request, string? reason, string createdCounter, CancellationToken ct)
    {
        var intent = candidate.ToPendingState(time.GetUtcNow());
        await store.SaveAlertAsync(run.ConnectorName, intent, ct);
        string taskId;
        try
        {
            taskId = await run.Connector.CreateTaskAsync(request, ct);
        }
        catch (CrmRejectedException e)
        {
            // Refused: no task exists, so the intent is dropped and the next run tries this alert again.
            await store.SaveAlertAsync(run.ConnectorName, intent with { Status = AlertStatus.Resolved, ResolvedAt = time.GetUtcNow() }, CancellationToken.None);
            run.Errors.Add(new(candidate.ObjectType, candidate.RecordId, "ALERT_CREATE_FAILED", e.Message));
            run.Add(CounterNames.AlertFailures);
            return false;
        }
        catch (CrmConnectorException e) when (e.IsRecordLevel())
        {
            // Unanswered, 5xx or unreadable: the task may exist. The intent stays pending for the next run's lookup.
            run.Errors.Add(new(candidate.ObjectType, candidate.RecordId, "ALERT_CREATE_UNCONFIRMED",
                $"{e.Message} The task may exist: the next run looks it up by its alert key before creating it again."));
            run.Add(CounterNames.AlertFailures);
            run.Add(CounterNames.AlertsPending);
            return false;
        }

        // Not cancellable: the task exists now, and its id is worth saving even if the job is being stopped.
        await store.SaveAlertAsync(run.ConnectorName, candidate.ToOpenState(taskId, time.GetUtcNow()) with { Reason = reason }, CancellationToken.None);
        run.Add(createdCounter);
        return true;
    }
}
