namespace CrmSync.Core.Metrics;

/// <summary>Why a metric has no value (metrics.md §0: nulls, never fake numbers).</summary>
public enum MetricNullReason
{
    /// <summary>The denominator is 0 (no closed deals, no starting revenue, no sample at all).</summary>
    ZeroDenominator,

    /// <summary>Fewer observations than the configured minimum (MinSampleForRatios or MinSampleForBenchmarks).</summary>
    InsufficientSample,

    /// <summary>The cohort has not had its whole conversion window yet.</summary>
    NotMature,

    /// <summary>An input the metric needs is absent (no sessions, no spend, revenue months not covered, no margin).</summary>
    MissingInput,
}
