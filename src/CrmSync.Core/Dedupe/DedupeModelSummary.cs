namespace CrmSync.Core.Dedupe;

/// <summary>The trained Fellegi–Sunter model, for display and audit ("why do emails weigh so much?").</summary>
public sealed record DedupeModelSummary(double PriorMatchProbability, int Iterations, bool Converged, long TrainingPairs, IReadOnlyList<ComparisonWeights> Comparisons);

/// <summary>One comparison's levels with their m and u probabilities and weight in bits.</summary>
public sealed record ComparisonWeights(ComparisonKind Comparison, IReadOnlyList<LevelWeight> Levels);

public sealed record LevelWeight(string Level, double M, double U, double Bits);
