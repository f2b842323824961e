namespace CrmSync.Sandbox.Pipelines;

internal sealed record DealPipeline(
    string Id,
    string Label,
    int DisplayOrder,
    IReadOnlyList<PipelineStage> Stages,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public IReadOnlyList<PipelineStage> OpenStages { get; } = Stages.Where(s => !s.IsClosed).ToList();

    public PipelineStage WonStage => Stages.First(s => s.IsWon);

    public PipelineStage LostStage => Stages.First(s => s.IsLost);

    public PipelineStage? FindStage(string? stageId) => Stages.FirstOrDefault(s => s.Id == stageId);
}
