using CrmSync.Core.Records;

namespace CrmSync.Core.StageCriteria;

/// <summary>What one run found on one deal: its issues, and its benchmark and age when it is open.</summary>
internal sealed record DealEvaluation(
    CrmRecord Deal,
    CrmPipeline Pipeline,
    PipelineStage Stage,
    IReadOnlyList<RecordIssue> Issues,
    StageBenchmark? Benchmark,
    int? DaysInStage)
{
    public bool IsOpen => !Stage.IsClosed && !string.Equals(Deal.Get(Schema.CanonicalFields.IsClosed), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>violation</c>, <c>warning</c> or <c>ok</c> from the issues that describe the deal now.</summary>
    public string Status =>
        Issues.Any(i => i.Current && !StageCriteriaRules.IsWarning(i.Rule)) ? "violation"
        : Issues.Any(i => i.Current) ? "warning"
        : "ok";
}
