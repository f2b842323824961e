namespace CrmSync.Core.Metrics.Input;

/// <summary>Contacts as columns, with their lifecycle history and (when supplied) their sales activities.</summary>
public sealed class ContactColumns
{
    public required string[] Ids { get; init; }

    public required long[] Created { get; init; }

    /// <summary>owner, company and every named property, by name (case-insensitive).</summary>
    public required IReadOnlyDictionary<string, SegmentColumn> Segments { get; init; }

    /// <summary>Lifecycle entries: contact index, stage code (<see cref="LifecycleStages.All"/>), UTC ticks; any order.</summary>
    public required int[] LifecycleContact { get; init; }

    public required byte[] LifecycleStage { get; init; }

    public required long[] LifecycleAt { get; init; }

    /// <summary>Sales touches (calls, e-mails, meetings) per contact; null when the input holds no activities.</summary>
    public int[]? ActivityContact { get; init; }

    public long[]? ActivityAt { get; init; }

    public int Count => Ids.Length;
}
