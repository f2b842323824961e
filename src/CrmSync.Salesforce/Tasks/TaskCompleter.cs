using System.Text.Json.Nodes;
using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Api;
using CrmSync.Salesforce.Calls;
using CrmSync.Salesforce.Pull;
using Refit;

namespace CrmSync.Salesforce.Tasks;

/// <summary>
/// Closes out a task whose alert cleared: reads its Description and state, then one PATCH of the Task setting
/// <c>Status</c> Completed (when asked; Salesforce then reports <c>IsClosed</c>) and the Description with the note
/// appended. Both are idempotent (the note is appended only when the Description does not already end with it). A
/// deleted task is left alone.
/// </summary>
internal sealed class TaskCompleter(SalesforceConnectorContext context, SalesforceApiProvider apis, SalesforceCallRunner runner, ChildRowReader rows)
{
    public async Task CompleteAsync(string taskId, string note, bool markCompleted, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var found = await rows.ReadAsync("Task", "Id", ["Id", "Status", "IsClosed", "Description"], "Id", new ParentIds([taskId], Consecutive: false), cancellationToken)
            .ConfigureAwait(false);
        if (found.FirstOrDefault(t => t.Id == taskId) is not { } task || TaskFields.StateOf(task) == CrmTaskState.Gone)
            return;

        var description = task.Get("Description") ?? "";
        var body = new JsonObject();
        if (!description.TrimEnd().EndsWith(note.Trim(), StringComparison.Ordinal))
            body["Description"] = description.Length == 0 ? note : $"{description}\n\n{note}";
        if (markCompleted && TaskFields.StateOf(task) != CrmTaskState.Completed)
            body["Status"] = "Completed";
        if (body.Count == 0)
            return;

        var operation = $"complete task {taskId}";
        using var response = await runner.SendAsync(operation, ct => apis.Data.Update(context.Version, "Task", taskId, body, context, ct), retryBodyFaults: true, cancellationToken)
            .ConfigureAwait(false);
        if (!response.IsSuccessful)
            throw runner.Reject(operation, (ApiException)response.Error!);
    }
}
