using CrmSync.Sandbox.Objects;
using CrmSync.Sandbox.Properties;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox;

/// <summary>Task inspection: what the connector created, with associations, owner and status.</summary>
public sealed partial class SandboxState
{
    public IReadOnlyList<SandboxTask> ListTasks(bool includeArchived = false)
    {
        lock (Store.Sync)
        {
            var table = Store.Table(ObjectKind.Tasks);
            var tasks = new List<SandboxTask>();
            for (var id = table.FirstId; id <= table.LastId; id++)
            {
                var archived = table.Exists(id, archivedOnly: true);
                if (!archived || includeArchived)
                {
                    tasks.Add(ToTask(table, id, archived));
                }
            }

            return tasks;
        }
    }

    /// <summary>Sets hs_task_status as a CRM user would (e.g. the rep completes the task).</summary>
    public void SetTaskStatus(string taskId, string status)
    {
        if (!TaskRules.Statuses.Contains(status))
        {
            throw new ArgumentException($"Task status '{status}' is not one of {string.Join(", ", TaskRules.Statuses)}.", nameof(status));
        }

        UpdateAsUser(ObjectTypes.Tasks.Name, taskId, new Dictionary<string, string?> { ["hs_task_status"] = status });
    }

    private SandboxTask ToTask(ObjectTable table, long id, bool archived)
    {
        var values = table.GetAllValues(id);
        var associations = new List<SandboxAssociation>();
        foreach (var to in new[] { ObjectTypes.Contacts, ObjectTypes.Companies, ObjectTypes.Deals })
        {
            associations.AddRange(Store.Associations.Get(ObjectKind.Tasks, id, to.Kind)
                .Select(l => new SandboxAssociation(to.Name, l.ToId.ToString(System.Globalization.CultureInfo.InvariantCulture), [.. l.TypeIds])));
        }

        return new SandboxTask(
            id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            values.GetValueOrDefault("hs_task_subject"),
            values.GetValueOrDefault("hs_task_body"),
            values.GetValueOrDefault("hs_task_status"),
            values.GetValueOrDefault("hs_task_priority"),
            values.GetValueOrDefault("hs_task_type"),
            values.GetValueOrDefault("hubspot_owner_id"),
            SeedTime.TryParse(values.GetValueOrDefault("hs_timestamp"), out var due) ? SeedTime.At(due) : null,
            SeedTime.At(table.CreatedMs(id)),
            SeedTime.At(table.UpdatedMs(id)),
            archived,
            associations,
            values);
    }
}
