namespace CrmSync.Core.Dedupe.Clustering;

/// <summary>
/// A scored pair of members (local indexes within a component). <see cref="Conflict"/>: the pair's own fields say
/// they are two entities (see <see cref="PairScore.Conflict"/>), so no group may hold both.
/// </summary>
internal readonly record struct WeightedEdge(int A, int B, double Probability, bool Conflict = false);
