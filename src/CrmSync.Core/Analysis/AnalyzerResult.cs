namespace CrmSync.Core.Analysis;

public sealed record AnalyzerResult(IReadOnlyList<ComputedValue> Values, IReadOnlyList<AlertCandidate> Alerts)
{
    /// <summary>Merges to perform, proposed only when the connector enabled auto-merge.</summary>
    public IReadOnlyList<MergeProposal> Merges { get; init; } = [];

    /// <summary>Every violation found, with or without a task (for previews; see <see cref="Finding"/>).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public static AnalyzerResult Empty { get; } = new([], []);
}
