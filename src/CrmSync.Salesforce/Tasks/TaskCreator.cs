using System.Globalization;
using System.Text.Json.Nodes;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Salesforce.Api;
using CrmSync.Salesforce.Calls;
using CrmSync.Salesforce.Logging;
using CrmSync.Salesforce.Properties;
using CrmSync.Salesforce.Wire;
using Refit;

namespace CrmSync.Salesforce.Tasks;

/// <summary>
/// Creates one Task (salesforce-api.md §9) for the record's owner: <c>WhatId</c> for opportunities and accounts,
/// <c>WhoId</c> for contacts and leads, <c>ActivityDate</c> (a date), <c>Status</c> Not Started, <c>Priority</c>
/// High/Normal/Low and the alert key in <c>CrmSync_Alert_Key__c</c>. A create is not idempotent, so it is sent once
/// (no HTTP retry). Refusals: an inactive owner is answered by one more create without OwnerId (the task then goes to
/// the integration user); <c>DUPLICATE_VALUE</c> on the alert key (the field is a unique external id) means the
/// alert's task exists already (an earlier create whose answer was lost, or an earlier occurrence the owner
/// completed): that task is taken, reopened if completed. Any other 4xx is a <see cref="CrmRejectedException"/>.
/// </summary>
internal sealed class TaskCreator(
    SalesforceConnectorContext context, SalesforceApiProvider apis, SalesforceCallRunner runner, FieldEnsurer fields, TaskFinder finder)
{
    public async Task<string> CreateAsync(AlertTaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Key, nameof(request));
        var body = Body(request);
        await fields.EnsureRequirementsAsync([TaskFields.Requirement], cancellationToken).ConfigureAwait(false);

        var operation = $"create task for {request.ObjectType} {request.RecordId}";
        var (id, errors, failure) = await SendAsync(operation, body, cancellationToken).ConfigureAwait(false);
        if (id is null && errors.Any(e => e.Code == "INACTIVE_OWNER_OR_USER") && body.ContainsKey("OwnerId"))
        {
            SalesforceLog.InactiveOwner(context.Logger, context.Name, request.OwnerId!, request.ObjectType, request.RecordId);
            body.Remove("OwnerId");
            (id, errors, failure) = await SendAsync(operation, body, cancellationToken).ConfigureAwait(false);
        }

        if (id is null && errors.Any(e => e.Code == "DUPLICATE_VALUE" && e.Message?.Contains(TaskFields.AlertKey, StringComparison.OrdinalIgnoreCase) != false))
            id = await AdoptAsync(request, body, cancellationToken).ConfigureAwait(false);
        if (id is null)
            throw runner.Reject(operation, failure!);
        SalesforceLog.TaskCreated(context.Logger, context.Name, id, request.ObjectType, request.RecordId);
        return id;
    }

    private async Task<(string? Id, IReadOnlyList<SfError> Errors, ApiException? Failure)> SendAsync(string operation, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await runner.SendAsync(
            operation, ct => apis.Data.Create(context.Version, "Task", body, noRetry: true, context, ct), retryBodyFaults: false, cancellationToken)
            .ConfigureAwait(false);
        // Statuses that leave the outcome open (5xx, timeouts) already threw: this one is a refusal.
        if (!response.IsSuccessful)
        {
            var error = (ApiException)response.Error!;
            return (null, SalesforceErrorReader.Read(error.Content), error);
        }

        return response.Content?.Id is { Length: > 0 } id
            ? (id, [], null)
            : throw new CrmConnectorException(context.Name, CrmFailureKind.InvalidResponse, $"Salesforce answered {operation} without a task id.");
    }

    /// <summary>The alert's existing task: returned as is when open, reopened with this occurrence's text when completed.</summary>
    private async Task<string?> AdoptAsync(AlertTaskRequest request, JsonObject body, CancellationToken cancellationToken)
    {
        var existing = (await finder.FindAsync([request.Key], cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        if (existing is null)
            return null;
        if (existing.State == CrmTaskState.Completed)
        {
            body.Remove(TaskFields.AlertKey);
            var operation = $"reopen task {existing.TaskId}";
            using var response = await runner.SendAsync(operation, ct => apis.Data.Update(context.Version, "Task", existing.TaskId, body, context, ct), retryBodyFaults: true, cancellationToken)
                .ConfigureAwait(false);
            if (!response.IsSuccessful)
                throw runner.Reject(operation, (ApiException)response.Error!);
        }

        SalesforceLog.TaskAdopted(context.Logger, context.Name, request.Key, existing.TaskId);
        return existing.TaskId;
    }

    private static JsonObject Body(AlertTaskRequest request)
    {
        var body = new JsonObject
        {
            ["Subject"] = TaskText.Truncate(request.Subject, 255),
            ["Description"] = TaskText.Truncate(request.Body, 32_000),
            ["ActivityDate"] = request.DueAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Status"] = "Not Started",
            ["Priority"] = request.Priority switch
            {
                AlertPriority.High => "High",
                AlertPriority.Medium => "Normal",
                _ => "Low",
            },
            [TaskFields.AlertKey] = request.Key,
        };
        // A digest task lists several records: it comes with no record and is linked to none.
        if (!string.IsNullOrWhiteSpace(request.RecordId))
            body[request.ObjectType is CrmObjectTypes.Contacts or CrmObjectTypes.Leads ? "WhoId" : "WhatId"] = request.RecordId;
        if (!string.IsNullOrWhiteSpace(request.OwnerId))
            body["OwnerId"] = request.OwnerId;
        return body;
    }
}
