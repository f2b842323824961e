namespace CrmSync.Core.Analysis;

public sealed record AnalyzerResult(IReadOnlyList<ComputedValue> Values, IReadOnlyList<AlertCandidate> Alerts)
{
    public static AnalyzerResult Empty { get; } = new([], []);
}
