using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Pull;

namespace CrmSync.Salesforce.Tasks;

/// <summary>Task state by id: Completed (Status Completed or IsClosed), Deferred (Status Deferred), Open, or Gone (deleted or not returned).</summary>
internal sealed class TaskStateReader(ChildRowReader rows)
{
    public async Task<IReadOnlyDictionary<string, CrmTaskState>> ReadAsync(IReadOnlyList<string> taskIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(taskIds);
        var ids = taskIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        var states = ids.ToDictionary(id => id, _ => CrmTaskState.Gone, StringComparer.Ordinal);
        foreach (var task in await rows.ReadAsync("Task", "Id", ["Id", "Status", "IsClosed"], "Id", new ParentIds(ids, Consecutive: false), cancellationToken).ConfigureAwait(false))
        {
            if (states.ContainsKey(task.Id))
                states[task.Id] = TaskFields.StateOf(task);
        }

        return states;
    }
}
