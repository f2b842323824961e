using System.Globalization;
using CrmSync.Core.Text;

namespace CrmSync.Core.Metrics.Output;

/// <summary>The CSV of <c>crmsync metrics --csv</c>: one row per metric and slice (<c>slice</c> empty for the tenant).</summary>
public static class MetricsCsv
{
    public static void Write(MetricsReport report, MetricsOptions options, TextWriter output)
    {
        output.WriteLine("period,as_of,by,slice,metric,alias,value,n,reason");
        Rows(report, options, "", "", report.Metrics, output);
        foreach (var slice in report.Slices)
            Rows(report, options, report.By ?? "", slice.Value, slice.Metrics, output);
    }

    private static void Rows(MetricsReport report, MetricsOptions options, string by, string slice, MetricSet metrics, TextWriter output)
    {
        var asOf = report.AsOf.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        foreach (var (key, metric) in metrics.Items)
        {
            var alias = MetricKeys.Components.Contains(key) ? options.AliasOf(key) : "";
            output.WriteLine(string.Join(",",
                CsvText.Escape(report.Period.Label), asOf, CsvText.Escape(by), CsvText.Escape(slice), CsvText.Escape(key), CsvText.Escape(alias),
                metric.Rounded?.ToString(CultureInfo.InvariantCulture) ?? "", metric.N.ToString(CultureInfo.InvariantCulture),
                metric.Reason?.ToString() ?? ""));
        }
    }
}
