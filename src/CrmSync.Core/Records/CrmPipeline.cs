namespace CrmSync.Core.Records;

public sealed record CrmPipeline(string ObjectType, string Id, string Label, IReadOnlyList<PipelineStage> Stages)
{
    public PipelineStage? FindStage(string? stageId) => Stages.FirstOrDefault(s => s.Id == stageId);
}
