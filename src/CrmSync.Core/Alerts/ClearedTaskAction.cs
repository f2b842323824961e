namespace CrmSync.Core.Alerts;

/// <summary>What CrmSync does with an alert's open CRM task once the alert's condition no longer holds.</summary>
public enum ClearedTaskAction
{
    /// <summary>Nothing: the task stays as it is (the behaviour of the alerts that predate this choice).</summary>
    Leave,

    /// <summary>Marks the task completed (the CRM's own completed status; see each connector).</summary>
    Complete,

    /// <summary>Leaves the task open and appends a note saying the condition cleared, for the owner to close.</summary>
    Note,
}
