namespace CrmSync.Core.Metrics.Input;

/// <summary>
/// Deals as columns (one array per field, index = deal): pipeline and current stage as indices into the
/// <see cref="StageCatalog"/>, amounts in the home currency, instants as UTC ticks.
/// </summary>
public sealed class DealColumns
{
    public required string[] Ids { get; init; }

    public required int[] Pipeline { get; init; }

    /// <summary>Current stage (global stage index).</summary>
    public required int[] Stage { get; init; }

    public required decimal[] Amount { get; init; }

    /// <summary>False where the amount is null (excluded from value metrics, never read as 0).</summary>
    public required bool[] HasAmount { get; init; }

    public required long[] Created { get; init; }

    /// <summary>The CRM's close date (<see cref="Timestamps.None"/> when empty); the history decides the close.</summary>
    public required long[] CloseDate { get; init; }

    /// <summary>owner, pipeline, company and every named property, by name (case-insensitive).</summary>
    public required IReadOnlyDictionary<string, SegmentColumn> Segments { get; init; }

    public int Count => Ids.Length;
}
