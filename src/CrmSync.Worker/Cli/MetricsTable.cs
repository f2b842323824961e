using System.Globalization;
using CrmSync.Core.Metrics;

namespace CrmSync.Worker.Cli;

/// <summary>
/// The readable output of <c>crmsync metrics</c>: one line per metric (V-number alias first for the thirteen
/// components), its value, n and the reason of a null; with --by, one more column per slice.
/// </summary>
public static class MetricsTable
{
    public static void Write(MetricsReport report, MetricsOptions options, TextWriter output)
    {
        var period = report.Period;
        output.WriteLine($"Metrics for {period.Label} [{period.From:yyyy-MM-dd}, {period.To:yyyy-MM-dd}) as of {report.AsOf.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ}, amounts in {options.HomeCurrency}");
        var header = new List<string> { "metric", "value", "n" };
        header.AddRange(report.Slices.Select(s => $"{report.By}={s.Value}"));
        var rows = new List<string[]> { header.ToArray() };
        foreach (var (key, metric) in report.Metrics.Items)
        {
            var row = new List<string> { Label(key, options), Cell(metric), metric.N.ToString(CultureInfo.InvariantCulture) };
            row.AddRange(report.Slices.Select(s => s.Metrics.TryGet(key, out var m) ? Cell(m) : ""));
            rows.Add(row.ToArray());
        }

        var widths = Enumerable.Range(0, header.Count).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
            output.WriteLine(string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
    }

    private static string Label(string key, MetricsOptions options) =>
        MetricKeys.Components.Contains(key) ? $"{options.AliasOf(key)} {key}" : key;

    private static string Cell(MetricValue metric) =>
        metric.Rounded is { } value ? value.ToString("#,0.######", CultureInfo.InvariantCulture) : $"null ({metric.Reason})";
}
