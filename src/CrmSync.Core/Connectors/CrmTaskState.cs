namespace CrmSync.Core.Connectors;

public enum CrmTaskState
{
    Open,
    Completed,

    /// <summary>Deleted or archived in the CRM.</summary>
    Gone,
}
