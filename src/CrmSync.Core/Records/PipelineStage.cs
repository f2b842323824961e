namespace CrmSync.Core.Records;

/// <summary>A pipeline stage; <see cref="Probability"/> is 0..1, closed stages with probability 1 are won.</summary>
public sealed record PipelineStage(string Id, string Label, int DisplayOrder, bool IsClosed, double? Probability)
{
    public bool IsWon => IsClosed && Probability >= 0.999;
}
