namespace CrmSync.Core.Metrics;

/// <summary>
/// One metric: its value, or null with the <see cref="Reason"/>; <see cref="N"/> is the number of observations behind
/// it (records, customers, months) even when the value is null.
/// </summary>
public readonly record struct MetricValue(decimal? Value, int N, MetricNullReason? Reason)
{
    /// <summary>Output precision: far below a cent or a day, far above the noise of chained decimal divisions.</summary>
    public const int OutputDecimals = 10;

    /// <summary>Values keep full decimal precision (metrics built from others, as LTV, stay exact); outputs round.</summary>
    public static MetricValue Of(decimal value, int n) => new(value, n, null);

    public static MetricValue Null(MetricNullReason reason, int n = 0) => new(null, n, reason);

    public static MetricValue Count(int count) => Of(count, count);

    /// <summary>numerator / denominator; null (<c>ZeroDenominator</c>) on 0, <c>InsufficientSample</c> below <paramref name="minSample"/>.</summary>
    public static MetricValue Ratio(decimal numerator, decimal denominator, int n, int minSample)
    {
        if (denominator == 0)
            return Null(MetricNullReason.ZeroDenominator, n);
        return n < minSample ? Null(MetricNullReason.InsufficientSample, n) : Of(numerator / denominator, n);
    }

    /// <summary>A statistic over a sample of <paramref name="n"/>: null when empty or below <paramref name="minSample"/>.</summary>
    public static MetricValue Sample(int n, int minSample, Func<decimal> compute)
    {
        if (n == 0)
            return Null(MetricNullReason.ZeroDenominator);
        return n < minSample ? Null(MetricNullReason.InsufficientSample, n) : Of(compute(), n);
    }

    public bool HasValue => Value.HasValue;

    /// <summary>The value as printed and serialised: <see cref="OutputDecimals"/> decimals, trailing zeros dropped.</summary>
    public decimal? Rounded => Value is { } value ? Math.Round(value, OutputDecimals, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m : null;
}
