namespace CrmSync.Storage;

public enum RunStatus
{
    Running,
    Succeeded,
    PartiallyFailed,
    Failed,
    Cancelled,
}
