namespace CrmSync.Core.Dedupe;

/// <summary>Wall-clock time per stage of a run; <see cref="Cpu"/> holds the process CPU time of the same stages.</summary>
public sealed record DedupeTimings(TimeSpan Normalise, TimeSpan Block, TimeSpan Train, TimeSpan Score, TimeSpan Cluster)
{
    public TimeSpan Total => Normalise + Block + Train + Score + Cluster;

    /// <summary>CPU time of the process (all threads) per stage: comparable across runs on a busy machine.</summary>
    public DedupeTimings? Cpu { get; init; }
}
