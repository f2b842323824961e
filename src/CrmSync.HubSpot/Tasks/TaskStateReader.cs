using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Tasks;

/// <summary>Task status by id: COMPLETED → Completed, DEFERRED → Deferred, any other status → Open, archived or not returned → Gone.</summary>
internal sealed class TaskStateReader(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    private static readonly string[] StatusProperty = ["hs_task_status"];

    public async Task<IReadOnlyDictionary<string, CrmTaskState>> ReadAsync(IReadOnlyList<string> taskIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(taskIds);
        var states = new Dictionary<string, CrmTaskState>(taskIds.Count, StringComparer.Ordinal);
        const string operation = "batch read task status";
        foreach (var chunk in taskIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).Chunk(context.Tuning.BatchSize))
        {
            var request = new HsBatchReadRequest
            {
                Inputs = chunk.Select(id => new HsIdInput { Id = id }).ToList(),
                Properties = StatusProperty,
                PropertiesWithHistory = [],
            };
            using var response = await runner.SendAsync(
                operation, ct => apis.Get().Objects.BatchRead(context.ObjectsPrefix, TaskCreator.TasksObjectType, request, ct), retryBodyFaults: true, cancellationToken)
                .ConfigureAwait(false);
            if (!response.IsSuccessful)
                throw runner.Fail(operation, (Refit.ApiException)response.Error!);

            foreach (var id in chunk)
                states[id] = CrmTaskState.Gone;
            foreach (var task in response.Content!.Results)
                states[task.Id] = StateOf(task);
        }

        return states;
    }

    internal static CrmTaskState StateOf(HsObject task)
    {
        if (task.Archived)
            return CrmTaskState.Gone;
        var status = task.Properties?.GetValueOrDefault("hs_task_status");
        return string.Equals(status, "COMPLETED", StringComparison.OrdinalIgnoreCase) ? CrmTaskState.Completed
            : string.Equals(status, "DEFERRED", StringComparison.OrdinalIgnoreCase) ? CrmTaskState.Deferred
            : CrmTaskState.Open;
    }
}
