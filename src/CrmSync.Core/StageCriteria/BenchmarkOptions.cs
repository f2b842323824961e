namespace CrmSync.Core.StageCriteria;

/// <summary>How each stage's time benchmark is found (metrics.md §4.2, §10.3 <c>StageTimeExceeded</c>).</summary>
public sealed class BenchmarkOptions
{
    /// <summary>Learn from the connector's won deals; false = configured days, else <see cref="FallbackDays"/>.</summary>
    public bool Learn { get; set; } = true;

    /// <summary>The percentile of won deals' time in the stage, 0.5–0.99 (default 0.75).</summary>
    public double Percentile { get; set; } = 0.75;

    /// <summary>Fewest won deals that exited the stage for a learned benchmark (metrics.md §0 MinSampleForBenchmarks).</summary>
    public int MinSample { get; set; } = 10;

    /// <summary>The benchmark of a stage with neither configured days nor enough history (metrics.md §10.3: 14).</summary>
    public int FallbackDays { get; set; } = 14;
}
