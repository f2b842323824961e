using CrmSync.Core.Metrics;

namespace CrmSync.Core.Tests.Metrics;

/// <summary>Checks a metric's value to the stated number of decimals (the reference's precision), its n and its reason.</summary>
internal static class MetricAssert
{
    public static void Value(MetricSet set, string key, decimal expected, int decimals, int? n = null)
    {
        Assert.True(set.TryGet(key, out var metric), $"metric '{key}' is missing; keys: {string.Join(", ", set.Keys)}");
        Assert.True(metric.Value.HasValue, $"metric '{key}' is null ({metric.Reason}), expected {expected}");
        Assert.Equal(Math.Round(expected, decimals, MidpointRounding.AwayFromZero), Math.Round(metric.Value!.Value, decimals, MidpointRounding.AwayFromZero));
        if (n is not null)
            Assert.Equal(n.Value, metric.N);
    }

    public static void Null(MetricSet set, string key, MetricNullReason reason, int? n = null)
    {
        Assert.True(set.TryGet(key, out var metric), $"metric '{key}' is missing");
        Assert.Null(metric.Value);
        Assert.Equal(reason, metric.Reason);
        if (n is not null)
            Assert.Equal(n.Value, metric.N);
    }
}
