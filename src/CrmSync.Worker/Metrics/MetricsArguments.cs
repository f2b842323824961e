using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;

namespace CrmSync.Worker.Metrics;

/// <summary>
/// The period and as-of arguments shared by <c>crmsync metrics</c> (<c>--period</c>, <c>--from</c>, <c>--to</c>,
/// <c>--as-of</c>) and <c>GET /api/metrics</c> (<c>period</c>, <c>from</c>, <c>to</c>, <c>asOf</c>); errors name the
/// argument as the caller spells it (<paramref name="prefix"/> "--" or "").
/// </summary>
public static class MetricsArguments
{
    /// <exception cref="MetricsInputException">Neither or both forms, or a value that is not a period or date.</exception>
    public static MetricsPeriod Period(string? period, string? from, string? to, string prefix = "--")
    {
        if (period is not null && (from is not null || to is not null))
            throw new MetricsInputException($"give either {prefix}period or {prefix}from and {prefix}to, not both.");
        if (period is not null)
            return Parse(() => MetricsPeriod.Parse(period), $"{prefix}period");
        if (from is null || to is null)
            throw new MetricsInputException($"give {prefix}period (2026, 2026-Q2, 2026-05) or both {prefix}from and {prefix}to.");
        return Parse(() => MetricsPeriod.Between(Instant($"{prefix}from", from), Instant($"{prefix}to", to)), $"{prefix}from/{prefix}to");
    }

    /// <summary>The as-of instant; now when not given.</summary>
    public static DateTime AsOf(string? text, string name) => text is null ? DateTime.UtcNow : Instant(name, text);

    private static DateTime Instant(string option, string text) => Parse(() => MetricsPeriod.ParseInstant(text), option);

    private static T Parse<T>(Func<T> parse, string option)
    {
        try
        {
            return parse();
        }
        catch (FormatException e)
        {
            throw new MetricsInputException($"{option}: {e.Message}", e);
        }
    }
}
