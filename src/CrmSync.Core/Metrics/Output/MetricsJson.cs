using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CrmSync.Core.Metrics.Output;

/// <summary>
/// The JSON of <c>crmsync metrics --json</c> (and, later, <c>GET /api/metrics</c>): one object whose <c>metrics</c>
/// member maps each metric key to <c>{ "value": number|null, "n": int, "reason": string|null }</c>, with the period,
/// the as-of time, the V-number aliases and, when sliced, one entry per slice.
/// </summary>
public static class MetricsJson
{
    public static string Write(MetricsReport report, MetricsOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("period", report.Period.Label);
            json.WriteString("from", report.Period.From.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("to", report.Period.To.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("asOf", report.AsOf.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("homeCurrency", options.HomeCurrency);
            json.WriteStartObject("aliases");
            foreach (var key in MetricKeys.Components)
                json.WriteString(key, options.AliasOf(key));
            json.WriteEndObject();
            WriteMetrics(json, report.Metrics);
            if (report.By is not null)
            {
                json.WriteString("by", report.By);
                json.WriteStartArray("slices");
                foreach (var slice in report.Slices)
                {
                    json.WriteStartObject();
                    json.WriteString("value", slice.Value);
                    WriteMetrics(json, slice.Metrics);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteMetrics(Utf8JsonWriter json, MetricSet metrics)
    {
        json.WriteStartObject("metrics");
        foreach (var (key, metric) in metrics.Items)
        {
            json.WriteStartObject(key);
            if (metric.Rounded is { } value)
                json.WriteNumber("value", value);
            else
                json.WriteNull("value");
            json.WriteNumber("n", metric.N);
            if (metric.Reason is { } reason)
                json.WriteString("reason", reason.ToString());
            else
                json.WriteNull("reason");
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
