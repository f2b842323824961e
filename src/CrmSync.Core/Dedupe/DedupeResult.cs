namespace CrmSync.Core.Dedupe;

/// <summary>
/// The outcome of a run. <see cref="Pairs"/> holds every pair at or above the review threshold (those at or above
/// the match threshold are duplicates; the rest are for review), strongest first.
/// </summary>
public sealed record DedupeResult(
    IReadOnlyList<DuplicatePair> Pairs,
    IReadOnlyList<DuplicateGroup> Groups,
    BlockingStats Blocking,
    DedupeModelSummary Model,
    DedupeTimings Timings,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Record id → group id for every record in a group; pass it to the next run to keep ids stable.</summary>
    public IReadOnlyDictionary<string, string> GroupAssignments { get; init; } = new Dictionary<string, string>();

    /// <summary>All candidate pairs with probabilities, only when <see cref="DedupeRunOptions.KeepScoredPairs"/> was set.</summary>
    public IReadOnlyList<ScoredPair>? ScoredPairs { get; init; }

    public int LargestGroupSize => Groups.Count == 0 ? 0 : Groups.Max(g => g.MemberIds.Count);

    /// <summary>The largest groups (up to five, and every group above the size warning) and why they formed.</summary>
    public IReadOnlyList<GroupExplanation> LargestGroups { get; init; } = [];
}
