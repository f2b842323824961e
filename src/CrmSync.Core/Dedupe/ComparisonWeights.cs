namespace CrmSync.Core.Dedupe;

/// <summary>One comparison's levels with their m and u probabilities and weight in bits.</summary>
public sealed record ComparisonWeights(ComparisonKind Comparison, IReadOnlyList<LevelWeight> Levels);
