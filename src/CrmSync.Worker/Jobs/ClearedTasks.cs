using CrmSync.Core.Alerts;
using CrmSync.Core.Connectors;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Completes (or notes) the open task of an alert whose condition cleared, as its analyzer asks
/// (<see cref="Core.Analysis.AnalyzerDescriptor.OnClear"/>). A task the owner already completed or deleted is left
/// alone; alert types without a choice keep their task as it is.
/// </summary>
internal sealed class ClearedTasks(JobRunContext run, IReadOnlyDictionary<string, ClearedTaskAction> actions, IReadOnlyDictionary<string, CrmTaskState> taskStates)
{
    /// <returns>False when the CRM could not be reached: the alert must stay open for the next run.</returns>
    public async Task<bool> CloseOutAsync(AlertState resolved, CancellationToken ct)
    {
        if (resolved.TaskId is not { } taskId
            || !actions.TryGetValue(resolved.AlertType, out var action) || action == ClearedTaskAction.Leave
            || taskStates.GetValueOrDefault(taskId) is CrmTaskState.Completed or CrmTaskState.Gone)
        {
            return true;
        }

        var note = $"CrmSync, {run.Now.UtcDateTime:yyyy-MM-dd HH:mm} UTC: the condition of this task has cleared ({resolved.AlertType}).";
        try
        {
            await run.Connector.CompleteTaskAsync(taskId, note, action == ClearedTaskAction.Complete, ct);
        }
        catch (CrmConnectorException e) when (e.IsRecordLevel())
        {
            run.Errors.Add(new(resolved.ObjectType, resolved.RecordId, "TASK_COMPLETE_FAILED",
                $"{e.Message} Task {taskId} stays open; the next run tries again."));
            return false;
        }

        run.Add(CounterNames.TasksCompleted);
        return true;
    }
}
