using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Properties;

namespace CrmSync.Salesforce.Tasks;

/// <summary>
/// CrmSync's alert key on Task: a custom text field, best created as a unique external id
/// (<c>CrmSync_Alert_Key__c</c>) so that Salesforce itself refuses a second task for one alert. Checked with
/// describe before the first create or lookup, like the computed fields.
/// </summary>
internal static class TaskFields
{
    public const string AlertKey = "CrmSync_Alert_Key__c";

    public static readonly CustomFieldRequirement Requirement = new("Task", AlertKey, ComputedPropertyType.Text, "CrmSync alert key");

    public static CrmTaskState StateOf(Wire.SfRecord task) =>
        task.IsTrue("IsDeleted") ? CrmTaskState.Gone
        : task.IsTrue("IsClosed") || string.Equals(task.Get("Status"), "Completed", StringComparison.OrdinalIgnoreCase) ? CrmTaskState.Completed
        : string.Equals(task.Get("Status"), "Deferred", StringComparison.OrdinalIgnoreCase) ? CrmTaskState.Deferred
        : CrmTaskState.Open;
}
