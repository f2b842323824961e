namespace CrmSync.Core.Dedupe;

/// <summary>The trained Fellegi–Sunter model, for display and audit ("why do emails weigh so much?").</summary>
public sealed record DedupeModelSummary(double PriorMatchProbability, int Iterations, bool Converged, long TrainingPairs, IReadOnlyList<ComparisonWeights> Comparisons)
{
    /// <summary>The related-entity classes the model weighed matches against (empty when none applied).</summary>
    public IReadOnlyList<RelatedClassSummary> RelatedClasses { get; init; } = [];
}
