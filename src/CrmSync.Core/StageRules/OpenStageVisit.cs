using CrmSync.Core.Records;

namespace CrmSync.Core.StageRules;

/// <summary>A deal's current visit of an open stage, measured at the analysis time.</summary>
internal sealed record OpenStageVisit(
    CrmRecord Deal,
    string StageId,
    string StageLabel,
    string? PipelineLabel,
    StageEntry Entry,
    int Days,
    int LimitDays)
{
    public bool IsOverLimit => Days > LimitDays;
}
