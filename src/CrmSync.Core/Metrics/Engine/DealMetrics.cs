namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// Win rate, deal size, sales cycle and pipeline velocity from a <see cref="DealPass"/> (metrics.md §4.3–4.6): closed
/// deals by their final outcome in the period, open deals excluded from all but velocity and pipeline.
/// </summary>
internal static class DealMetrics
{
    public static void Compute(DealPass pass, MetricSet set, int minSample)
    {
        var closed = pass.Won + pass.Lost;
        var valued = pass.WonAmounts.Count + pass.LostWithAmount;
        var winRate = MetricValue.Ratio(pass.Won, closed, closed, minSample);
        var average = MetricValue.Ratio(pass.WonAmount, pass.WonAmounts.Count, pass.WonAmounts.Count, minSample);
        set.Set(MetricKeys.Lost, MetricValue.Count(pass.Lost));
        set.Set(MetricKeys.WinRate, winRate);
        set.Set(MetricKeys.WinRateValue, MetricValue.Ratio(pass.WonAmount, pass.WonAmount + pass.LostAmount, valued, minSample));
        set.Set(MetricKeys.AverageDealSize, average);
        set.Set(MetricKeys.MedianDealSize, MetricValue.Sample(pass.WonAmounts.Count, minSample, () => Stats.Percentile(pass.WonAmounts, 0.5m)));
        var cycles = pass.Cycles;
        var median = MetricValue.Sample(cycles.Count, minSample, () => Stats.Percentile(cycles, 0.5m, Stats.TicksPerDay));
        var mean = MetricValue.Sample(cycles.Count, minSample, () => Stats.Mean(cycles, Stats.TicksPerDay));
        set.Set(MetricKeys.SalesCycleDays, median);
        set.Set(MetricKeys.SalesCycleDaysMean, mean);
        set.Set(MetricKeys.SalesCycleDaysP90, MetricValue.Sample(cycles.Count, minSample, () => Stats.Percentile(cycles, 0.9m, Stats.TicksPerDay)));
        var velocity = Velocity(pass.Opportunities, average, winRate, mean);
        set.Set(MetricKeys.PipelineVelocity, velocity);
        set.Set(MetricKeys.PipelineVelocityMonthly, velocity.Value is { } perDay ? MetricValue.Of(perDay * 30, velocity.N) : velocity);
        set.Set(MetricKeys.PipelineVelocityMedian, Velocity(pass.Opportunities, average, winRate, median));
    }

    /// <summary>Opportunities × average deal size × win rate / cycle days; null (with the first missing part's reason) when a part is.</summary>
    private static MetricValue Velocity(int opportunities, MetricValue size, MetricValue winRate, MetricValue cycle)
    {
        foreach (var part in new[] { size, winRate, cycle })
        {
            if (!part.HasValue)
                return MetricValue.Null(part.Reason!.Value, opportunities);
        }

        return cycle.Value == 0
            ? MetricValue.Null(MetricNullReason.ZeroDenominator, opportunities)
            : MetricValue.Of(opportunities * size.Value!.Value * winRate.Value!.Value / cycle.Value!.Value, opportunities);
    }
}
