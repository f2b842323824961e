namespace CrmSync.Core.Metrics.Engine;

/// <summary>A deal's state at the as-of time, by its final (latest) stage.</summary>
internal enum DealOutcome : byte
{
    /// <summary>Not created yet at the as-of time: excluded from everything.</summary>
    Absent,
    Open,
    Won,
    Lost,
}
