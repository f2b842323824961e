using System.Globalization;

namespace CrmSync.Core.StageCriteria;

/// <summary>A stage's expected days and where that number came from ("p75 of 43 won deals: 18 days").</summary>
public sealed record StageBenchmark(decimal Days, string Source)
{
    public static StageBenchmark Configured(int days) => new(days, $"configured: {days} days");

    public static StageBenchmark Learned(decimal days, int percentile, int sample) =>
        new(Math.Round(days, 1), $"p{percentile} of {sample} won deals: {Show(Math.Round(days, 1))} days");

    public static StageBenchmark Fallback(int days, int sample, int minSample) =>
        new(days, $"fallback {days} days (only {sample} won deals passed through this stage, fewer than {minSample})");

    public static string Show(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
