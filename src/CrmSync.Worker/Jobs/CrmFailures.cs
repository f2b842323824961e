using CrmSync.Core.Connectors;

namespace CrmSync.Worker.Jobs;

public static class CrmFailures
{
    /// <summary>
    /// True for failures of one call (the CRM was unavailable, or answered badly) that are recorded against the record
    /// and retried next run; false for those that stop the whole job (credentials, scopes, daily budget).
    /// </summary>
    public static bool IsRecordLevel(this CrmConnectorException e) =>
        e.Kind is CrmFailureKind.Unavailable or CrmFailureKind.InvalidResponse;
}
