using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Tasks;

/// <summary>
/// Rewrites the subject and body of a task (a digest updated in place): <c>PATCH /crm/v3/objects/tasks/{id}</c> with
/// <c>hs_task_subject</c> and <c>hs_task_body</c>. Idempotent, so retried like a read. A 4xx (the task was deleted)
/// is a <see cref="CrmRejectedException"/>.
/// </summary>
internal sealed class TaskUpdater(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    public async Task UpdateTextAsync(string taskId, string subject, string body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var request = new HsObjectUpdate
        {
            Properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["hs_task_subject"] = subject, ["hs_task_body"] = body },
        };
        var operation = $"update task {taskId}";
        using var response = await runner.SendAsync(
            operation, ct => apis.Get().Objects.Update(context.ObjectsPrefix, TaskCreator.TasksObjectType, taskId, request, ct), retryBodyFaults: true, cancellationToken)
            .ConfigureAwait(false);
        if (!response.IsSuccessful)
            throw runner.Reject(operation, (Refit.ApiException)response.Error!);
    }

    /// <summary>
    /// <c>{AppUrl}/contacts/{PortalId}/record/{objectTypeId}/{id}</c> (HubSpot's record page), or null without a
    /// configured <see cref="HubSpotConnectorOptions.PortalId"/> or for an object type with no page.
    /// </summary>
    public string? LinkTo(string objectType, string recordId)
    {
        var typeId = objectType switch
        {
            "contacts" => "0-1",
            "companies" => "0-2",
            "deals" => "0-3",
            _ => null,
        };
        var portal = context.Options.PortalId?.Trim();
        return typeId is null || string.IsNullOrEmpty(portal)
            ? null
            : $"{context.Options.AppUrl.TrimEnd('/')}/contacts/{Uri.EscapeDataString(portal)}/record/{typeId}/{Uri.EscapeDataString(recordId)}";
    }
}
