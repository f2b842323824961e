namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// Per pipeline stage: conversion to the next stage (period and cohort basis), Δt between first entries, time in
/// stage of closed deals (a benchmark: MinSampleForBenchmarks applies), the historical win probability from the stage
/// and the per-stage velocity of the open pipeline.
/// </summary>
internal static class StageMetrics
{
    private static readonly (string? Key, decimal P)[] Percentiles = [(null, 0.5m), ("p75", 0.75m), ("p90", 0.9m)];

    public static void Compute(EngineState state, DealPass pass, MetricSet set)
    {
        var keys = state.Keys;
        var options = state.Options;
        for (var t = 0; t < keys.Transitions.Count; t++)
        {
            var (from, to) = keys.Transitions[t];
            var fromId = keys.Stages[from];
            var toId = keys.Stages[to];
            var entered = pass.StageEntries[from];
            set.Set(MetricKeys.Conversion(fromId, toId), MetricValue.Ratio(pass.StageEntries[to], entered, entered, options.MinSampleForRatios));
            set.Set(MetricKeys.CohortConversion(fromId, toId), pass.Cohorts[t].ToMetric(options.MinSampleForRatios));
            SetGaps(set, suffix => MetricKeys.StageGap(fromId, toId, suffix), pass.Gaps[t], options.MinSampleForRatios);
        }

        for (var s = 0; s < keys.Stages.Count; s++)
        {
            if (!keys.StageIsOpen[s])
                continue;
            var id = keys.Stages[s];
            var times = pass.StageTimes[s];
            foreach (var (suffix, p) in Percentiles)
                set.Set(MetricKeys.TimeInStage(id, suffix), MetricValue.Sample(times.Count, options.MinSampleForBenchmarks, () => Stats.Percentile(times, p, Stats.TicksPerDay)));
            var probability = state.Outlook.WinProbability(s, options.MinSampleForRatios);
            set.Set(MetricKeys.StageWinProbability(id), probability);
            set.Set(MetricKeys.StageVelocity(id), StageVelocity(pass.OpenAmount[s], pass.OpenCount[s], probability, state.Outlook.MedianTicksToWon[s]));
        }
    }

    /// <summary>Median, p75 and p90 days of a Δt sample under the keys <paramref name="key"/> gives (null: the median).</summary>
    public static void SetGaps(MetricSet set, Func<string?, string> key, List<long> gaps, int minSample)
    {
        foreach (var (suffix, p) in Percentiles)
            set.Set(key(suffix), MetricValue.Sample(gaps.Count, minSample, () => Stats.Percentile(gaps, p, Stats.TicksPerDay)));
    }

    /// <summary>Open amount in the stage × win probability from it / median days from it to won.</summary>
    private static MetricValue StageVelocity(decimal openAmount, int open, MetricValue probability, decimal? medianTicks)
    {
        if (!probability.HasValue)
            return MetricValue.Null(probability.Reason!.Value, open);
        if (medianTicks is not > 0)
            return MetricValue.Null(MetricNullReason.ZeroDenominator, open);
        return MetricValue.Of(openAmount * probability.Value!.Value / (medianTicks.Value / Stats.TicksPerDay), open);
    }
}
