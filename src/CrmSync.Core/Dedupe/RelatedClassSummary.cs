namespace CrmSync.Core.Dedupe;

/// <summary>
/// A trained related-entity class (<see cref="RelatedEntityClass"/>): its prior and, per comparison, the level
/// probabilities among such pairs (M holds them; Bits is their weight against unrelated pairs, 0 for the
/// identifying comparisons, which behave as for unrelated pairs).
/// </summary>
public sealed record RelatedClassSummary(string Description, double PriorProbability, IReadOnlyList<ComparisonWeights> Comparisons);
