using System.Text.Json.Nodes;
using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Api;
using CrmSync.Salesforce.Calls;
using CrmSync.Salesforce.Mapping;
using Refit;

namespace CrmSync.Salesforce.Tasks;

/// <summary>
/// Rewrites a Task's <c>Subject</c> and <c>Description</c> (a digest updated in place): a single-record PATCH,
/// idempotent, so retried like a read. A 4xx (e.g. the task was deleted) is a <see cref="CrmRejectedException"/>.
/// Record links point at the org's Lightning record page on the instance the session was issued for.
/// </summary>
internal sealed class TaskUpdater(SalesforceConnectorContext context, SalesforceApiProvider apis, SalesforceCallRunner runner)
{
    public async Task UpdateTextAsync(string taskId, string subject, string body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var fields = new JsonObject { ["Subject"] = TaskText.Truncate(subject, 255), ["Description"] = TaskText.Truncate(body, 32_000) };
        var operation = $"update task {taskId}";
        using var response = await runner.SendAsync(operation, ct => apis.Data.Update(context.Version, "Task", taskId, fields, context, ct), retryBodyFaults: true, cancellationToken)
            .ConfigureAwait(false);
        if (!response.IsSuccessful)
            throw runner.Reject(operation, (ApiException)response.Error!);
    }

    /// <summary><c>{instance}/lightning/r/{SObject}/{id}/view</c>, or null for an object type CrmSync does not map.</summary>
    public async Task<string?> LinkToAsync(string objectType, string recordId, CancellationToken cancellationToken)
    {
        if (!SalesforceObjectMaps.ObjectTypes.Contains(objectType))
            return null;
        var session = await context.Tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        var sObject = SalesforceObjectMaps.For(objectType).SObject;
        return $"{session.InstanceUrl.GetLeftPart(UriPartial.Authority)}/lightning/r/{sObject}/{Uri.EscapeDataString(recordId)}/view";
    }
}
