using CrmSync.HubSpot.Properties;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Tasks;

/// <summary>
/// <c>crmsync_alert_key</c>: a custom text property on tasks holding the alert key a task was created for, so the
/// connector finds the task by key through search (hubspot-api.md §4, §9) when CrmSync does not know whether a create
/// went through. Created in CrmSync's property group like the computed properties, before the first create or search.
/// </summary>
internal sealed class TaskAlertKeyProperty(PropertyEnsurer ensurer)
{
    public const string Name = "crmsync_alert_key";

    private static readonly HsPropertyCreate Definition = new()
    {
        Name = Name,
        Label = "CrmSync alert key",
        Type = "string",
        FieldType = "text",
        GroupName = PropertyEnsurer.GroupName,
        Description = "The CrmSync alert this task was created for; CrmSync finds its tasks by it. Do not edit.",
    };

    public Task EnsureAsync(CancellationToken cancellationToken) =>
        ensurer.EnsureNativeAsync([(TaskCreator.TasksObjectType, Definition)], cancellationToken);
}
