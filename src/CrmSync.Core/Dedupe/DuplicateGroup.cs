namespace CrmSync.Core.Dedupe;

/// <summary>
/// Records judged to be one entity. <see cref="GroupId"/> is stable across runs (see <see cref="GroupIdAssigner"/>),
/// <see cref="PrimaryId"/> is the suggested survivor, <see cref="Score"/> the mean match probability over all
/// member pairs.
/// </summary>
public sealed record DuplicateGroup(string GroupId, string PrimaryId, IReadOnlyList<string> MemberIds, double Score);
