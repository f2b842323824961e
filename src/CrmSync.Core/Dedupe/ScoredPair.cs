namespace CrmSync.Core.Dedupe;

/// <summary>A candidate pair and its probability, whatever the value (kept only on request, for evaluation).</summary>
public readonly record struct ScoredPair(string IdA, string IdB, double Probability);
