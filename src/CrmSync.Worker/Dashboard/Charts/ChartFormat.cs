using System.Globalization;
using CrmSync.Core.Metrics;

namespace CrmSync.Worker.Dashboard.Charts;

/// <summary>How the page prints numbers: money with its currency and thousands separators, rates in percent, days with one decimal.</summary>
public static class ChartFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Money(decimal value, string currency) => $"{value.ToString("#,0", Invariant)} {currency}";

    /// <summary>A signed movement: +800 or −500 (the waterfall's labels).</summary>
    public static string Movement(decimal value) => value < 0 ? $"\u2212{(-value).ToString("#,0", Invariant)}" : $"+{value.ToString("#,0", Invariant)}";

    public static string Amount(double value) => value.ToString("#,0", Invariant);

    public static string Percent(decimal value) => (value * 100).ToString("0.#", Invariant) + " %";

    public static string Percent(double value) => (value * 100).ToString("0.#", Invariant) + " %";

    public static string Days(decimal value) => value.ToString("0.#", Invariant) + " d";

    public static string Count(decimal value) => value.ToString("#,0", Invariant);

    /// <summary>A metric as the page shows it: its formatted value, or "null (Reason, n = 3)".</summary>
    public static string Value(MetricValue metric, Func<decimal, string> format) =>
        metric.Value is { } value ? format(value) : Null(metric);

    public static string Null(MetricValue metric) => $"null ({metric.Reason}, n = {metric.N})";
}
