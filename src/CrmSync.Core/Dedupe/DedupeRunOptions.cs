namespace CrmSync.Core.Dedupe;

/// <summary>Per-run inputs that are not configuration.</summary>
public sealed class DedupeRunOptions
{
    /// <summary>Last run's record id → group id (<see cref="DedupeResult.GroupAssignments"/>), so groups keep their ids.</summary>
    public IReadOnlyDictionary<string, string>? PreviousGroupIds { get; init; }

    /// <summary>Keep every candidate pair with its probability in <see cref="DedupeResult.ScoredPairs"/> (evaluation only: memory grows with candidates).</summary>
    public bool KeepScoredPairs { get; init; }
}
