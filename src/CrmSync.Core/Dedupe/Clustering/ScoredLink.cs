namespace CrmSync.Core.Dedupe.Clustering;

/// <summary>A scored candidate pair, by record index (A &lt; B).</summary>
internal readonly record struct ScoredLink(int A, int B, double Probability);
