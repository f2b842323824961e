namespace CrmSync.Core.Dedupe.Clustering;

/// <summary>
/// A pair's match probability, and whether its fields alone argue against one entity: with even odds before
/// looking, the comparisons would leave the pair below the review threshold. Such a pair may not be joined
/// through a third record (a shared inbox, a family phone): a group's members must not contradict each other.
/// </summary>
internal readonly record struct PairScore(double Probability, bool Conflict);
