namespace CrmSync.Worker.Telemetry;

/// <summary>The <c>OpenTelemetry</c> configuration section (docs/configuration.md, docs/observability.md).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>service.name on every span and metric.</summary>
    public string ServiceName { get; set; } = "crmsync";

    public OtlpSettings Otlp { get; set; } = new();

    public PrometheusSettings Prometheus { get; set; } = new();

    public sealed class OtlpSettings
    {
        /// <summary>Collector address; empty = no OTLP export unless OTEL_EXPORTER_OTLP_ENDPOINT is set.</summary>
        public string? Endpoint { get; set; }
    }

    public sealed class PrometheusSettings
    {
        public bool Enabled { get; set; } = true;

        /// <summary>Where the scrape endpoint answers.</summary>
        public string Path { get; set; } = "/metrics";

        /// <summary>False (default): the dashboard's access rule applies; true: anyone who reaches the port may scrape.</summary>
        public bool AllowAnonymous { get; set; }
    }
}
