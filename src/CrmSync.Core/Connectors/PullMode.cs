namespace CrmSync.Core.Connectors;

public enum PullMode
{
    /// <summary>Records modified since the stored cursor (minus the lookback window).</summary>
    Incremental,

    /// <summary>Every record, live and archived: the periodic reconcile that also notices deletions.</summary>
    Full,
}
