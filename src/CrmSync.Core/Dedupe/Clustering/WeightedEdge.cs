namespace CrmSync.Core.Dedupe.Clustering;

/// <summary>A scored link between two members (local indexes within a component).</summary>
internal readonly record struct WeightedEdge(int A, int B, double Probability);
