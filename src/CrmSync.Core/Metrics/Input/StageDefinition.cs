namespace CrmSync.Core.Metrics.Input;

/// <summary>A pipeline stage: closed stages are won or lost; <see cref="Pipeline"/> indexes <see cref="StageCatalog.PipelineIds"/>.</summary>
public sealed record StageDefinition(int Pipeline, string Id, string Label, int DisplayOrder, bool IsClosed, bool IsWon);
