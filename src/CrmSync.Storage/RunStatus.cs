namespace CrmSync.Storage;

public enum RunStatus
{
    Running,
    Succeeded,
    PartiallyFailed,
    Failed,
    Cancelled,

    /// <summary>The run's holder died or lost the connector lease; another run took it over.</summary>
    Abandoned,

    /// <summary>The trigger found the connector busy with another run and did nothing.</summary>
    Skipped,
}
