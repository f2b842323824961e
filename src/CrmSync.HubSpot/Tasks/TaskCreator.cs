using System.Globalization;
using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Logging;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Tasks;

/// <summary>
/// Creates one HubSpot task associated with a record, carrying its alert key in <c>crmsync_alert_key</c>. A create is
/// not idempotent, so it is sent once: the HTTP pipeline skips it (NoRetry) and the body-fault pipeline is not used.
/// A 4xx answer is a refusal (<see cref="CrmRejectedException"/>: no task); any other failure leaves the outcome
/// unknown, and the caller finds the task by key later (<see cref="TaskFinder"/>).
/// </summary>
internal sealed class TaskCreator(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner, TaskAssociationTypes associationTypes,
    TaskAlertKeyProperty alertKey)
{
    public const string TasksObjectType = "tasks";

    public async Task<string> CreateAsync(AlertTaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Key, nameof(request));
        // A digest task lists several records: it comes with no record and is associated with none.
        var body = new HsObjectCreate
        {
            Properties = Properties(request),
            Associations = string.IsNullOrWhiteSpace(request.RecordId)
                ? []
                :
                [
                    new HsAssociationSpec
                    {
                        To = new HsIdInput { Id = request.RecordId },
                        Types = [new HsAssociationTypeSpec { AssociationTypeId = await associationTypes.ForAsync(request.ObjectType, cancellationToken).ConfigureAwait(false) }],
                    },
                ],
        };

        await alertKey.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var operation = $"create task for {request.ObjectType} {request.RecordId}";
        using var response = await runner.SendAsync(
            operation, ct => apis.Get().Objects.Create(context.ObjectsPrefix, TasksObjectType, body, noRetry: true, ct), retryBodyFaults: false, cancellationToken)
            .ConfigureAwait(false);
        // Statuses that leave the outcome open (5xx, 408, 429, 423) already threw: this one is a refusal.
        if (!response.IsSuccessful)
            throw runner.Reject(operation, (Refit.ApiException)response.Error!);

        var id = response.Content!.Id;
        if (string.IsNullOrEmpty(id))
            throw new CrmConnectorException(context.Name, CrmFailureKind.InvalidResponse, $"HubSpot answered {operation} without a task id.");
        HubSpotLog.TaskCreated(context.Logger, context.Name, id, request.ObjectType, request.RecordId);
        return id;
    }

    private static Dictionary<string, string> Properties(AlertTaskRequest request)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["hs_timestamp"] = request.DueAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["hs_task_subject"] = request.Subject,
            ["hs_task_body"] = request.Body,
            ["hs_task_status"] = "NOT_STARTED",
            ["hs_task_priority"] = request.Priority switch
            {
                AlertPriority.High => "HIGH",
                AlertPriority.Medium => "MEDIUM",
                _ => "LOW",
            },
            ["hs_task_type"] = "TODO",
            [TaskAlertKeyProperty.Name] = request.Key,
        };
        if (!string.IsNullOrWhiteSpace(request.OwnerId))
            properties["hubspot_owner_id"] = request.OwnerId;
        return properties;
    }
}
