using System.Runtime.InteropServices;

namespace CrmSync.Core.Metrics.Engine;

/// <summary>Percentiles as Excel's <c>PERCENTILE.INC</c> (linear interpolation between order statistics), in days or units.</summary>
internal static class Stats
{
    public const decimal TicksPerDay = TimeSpan.TicksPerDay;
    public const decimal TicksPerMinute = TimeSpan.TicksPerMinute;

    /// <summary>Sorts the sample in place and returns its <paramref name="p"/> percentile divided by <paramref name="unit"/>.</summary>
    public static decimal Percentile(List<long> sample, decimal p, decimal unit)
    {
        var span = CollectionsMarshal.AsSpan(sample);
        span.Sort();
        return PercentileOfSorted(span, p) / unit;
    }

    public static decimal PercentileOfSorted(ReadOnlySpan<long> sorted, decimal p)
    {
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }

    public static decimal Percentile(List<decimal> sample, decimal p)
    {
        var span = CollectionsMarshal.AsSpan(sample);
        span.Sort();
        var h = (span.Length - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, span.Length - 1);
        return span[low] + ((h - low) * (span[high] - span[low]));
    }

    public static decimal Mean(List<long> sample, decimal unit)
    {
        decimal sum = 0;
        foreach (var value in sample)
            sum += value;
        return sum / sample.Count / unit;
    }
}
