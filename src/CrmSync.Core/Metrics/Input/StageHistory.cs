namespace CrmSync.Core.Metrics.Input;

/// <summary>Deal stage entries as columns, in any order: deal index, global stage index, UTC ticks.</summary>
public sealed class StageHistory
{
    public required int[] Deal { get; init; }

    public required int[] Stage { get; init; }

    public required long[] At { get; init; }

    public int Count => Deal.Length;
}
