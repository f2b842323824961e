using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Tasks;

/// <summary>
/// Closes out a task whose alert cleared: reads its body, then one batch update setting <c>hs_task_status</c> to
/// COMPLETED (when asked) and the body with the note appended. Both calls are idempotent (the note is appended only
/// when the body does not already end with it), so they take the normal retries. An archived or missing task is left.
/// </summary>
internal sealed class TaskCompleter(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    private static readonly string[] ReadProperties = ["hs_task_body", "hs_task_status"];

    public async Task CompleteAsync(string taskId, string note, bool markCompleted, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var read = $"read task {taskId}";
        var request = new HsBatchReadRequest { Inputs = [new HsIdInput { Id = taskId }], Properties = ReadProperties, PropertiesWithHistory = [] };
        using var found = await runner.SendAsync(
            read, ct => apis.Get().Objects.BatchRead(context.ObjectsPrefix, TaskCreator.TasksObjectType, request, ct), retryBodyFaults: true, cancellationToken)
            .ConfigureAwait(false);
        if (!found.IsSuccessful)
            throw runner.Fail(read, (Refit.ApiException)found.Error!);
        if (found.Content!.Results.FirstOrDefault(t => t.Id == taskId) is not { Archived: false } task)
            return;

        var body = task.Properties?.GetValueOrDefault("hs_task_body") ?? "";
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!body.TrimEnd().EndsWith(note.Trim(), StringComparison.Ordinal))
            properties["hs_task_body"] = body.Length == 0 ? note : $"{body}\n\n{note}";
        if (markCompleted && TaskStateReader.StateOf(task) != Core.Connectors.CrmTaskState.Completed)
            properties["hs_task_status"] = "COMPLETED";
        if (properties.Count == 0)
            return;

        var update = $"complete task {taskId}";
        var updateRequest = new HsBatchUpdateRequest { Inputs = [new HsUpdateInput { Id = taskId, Properties = properties }] };
        using var response = await runner.SendAsync(
            update, ct => apis.Get().Objects.BatchUpdate(context.ObjectsPrefix, TaskCreator.TasksObjectType, updateRequest, ct), retryBodyFaults: true, cancellationToken)
            .ConfigureAwait(false);
        if (!response.IsSuccessful)
            throw runner.Fail(update, (Refit.ApiException)response.Error!);
    }
}
