namespace CrmSync.Core.Records;

/// <summary>A pipeline stage; <see cref="Probability"/> is 0..1, closed stages with probability 1 are won.</summary>
public sealed record PipelineStage(string Id, string Label, int DisplayOrder, bool IsClosed, double? Probability)
{
    public bool IsWon => IsClosed && Probability >= 0.999;

    /// <summary>
    /// False for a retired stage (Salesforce's inactive picklist values) that old records may still hold: no rep can
    /// choose it, so it is never a stage skipped, and moving off it is a migration, not a regression.
    /// </summary>
    public bool IsActive { get; init; } = true;
}
