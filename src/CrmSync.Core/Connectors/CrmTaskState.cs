namespace CrmSync.Core.Connectors;

public enum CrmTaskState
{
    Open,
    Completed,

    /// <summary>Deleted or archived in the CRM.</summary>
    Gone,

    /// <summary>Deferred by its owner (HubSpot <c>DEFERRED</c>, Salesforce <c>Deferred</c>): handled like completed.</summary>
    Deferred,
}
