using CrmSync.Core.Telemetry;
using CrmSync.Worker.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CrmSync.Worker.Telemetry;

/// <summary>
/// OpenTelemetry for the host: CrmSync's own spans and meter, HttpClient, ASP.NET Core and Npgsql instrumentation,
/// OTLP export when an endpoint is configured, and a Prometheus scrape endpoint on the web host.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    private const string StandardOtlpVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddCrmSyncTelemetry(this IServiceCollection services, IConfiguration configuration, bool web)
    {
        var options = Read(configuration);
        services.AddSingleton(options);
        var otlp = options.Otlp.Endpoint is { Length: > 0 } endpoint
            ? new Uri(endpoint, UriKind.Absolute)
            : null;
        var exportOtlp = otlp is not null || !string.IsNullOrWhiteSpace(configuration[StandardOtlpVariable]);

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(CrmSyncTelemetry.JobsSourceName, CrmSyncTelemetry.ConnectorsSourceName)
                    .AddHttpClientInstrumentation()
                    .AddNpgsql();
                if (web)
                    tracing.AddAspNetCoreInstrumentation();
                if (exportOtlp)
                    tracing.AddOtlpExporter(o => ApplyEndpoint(o, otlp));
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(CrmSyncTelemetry.MeterName)
                    .AddHttpClientInstrumentation();
                if (web)
                    metrics.AddAspNetCoreInstrumentation();
                if (web && options.Prometheus.Enabled)
                    metrics.AddPrometheusExporter();
                if (exportOtlp)
                    metrics.AddOtlpExporter(o => ApplyEndpoint(o, otlp));
            });
        // Logs keep their run scope (Connector, Job, SyncRunId) as attributes when they leave by OTLP.
        if (exportOtlp)
        {
            telemetry.WithLogging(logging => logging.AddOtlpExporter(o => ApplyEndpoint(o, otlp)),
                logging => logging.IncludeScopes = true);
        }

        return services;
    }

    /// <summary>The Prometheus scrape endpoint, behind the dashboard's access rule unless configured otherwise.</summary>
    public static WebApplication MapCrmSyncMetrics(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<TelemetryOptions>();
        if (!options.Prometheus.Enabled)
            return app;
        app.MapPrometheusScrapingEndpoint(options.Prometheus.Path, meterProvider: null, configureBranchedPipeline: branch =>
        {
            if (options.Prometheus.AllowAnonymous)
                return;
            branch.Use(async (http, next) =>
            {
                if (DashboardAccess.IsAllowed(http))
                    await next(http);
                else
                    http.Response.StatusCode = StatusCodes.Status403Forbidden;
            });
        }, optionsName: null);
        return app;
    }

    private static TelemetryOptions Read(IConfiguration configuration)
    {
        var options = new TelemetryOptions();
        configuration.GetSection(TelemetryOptions.Section).Bind(options);
        if (options.Otlp.Endpoint is { Length: > 0 } endpoint && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
            throw new StartupException($"OpenTelemetry:Otlp:Endpoint: '{endpoint}' is not an absolute URL (e.g. http://otel-collector:4317)");
        if (!options.Prometheus.Path.StartsWith('/'))
            throw new StartupException($"OpenTelemetry:Prometheus:Path: '{options.Prometheus.Path}' must start with '/'");
        return options;
    }

    /// <summary>The configured endpoint wins; otherwise the exporter reads the standard OTEL_* variables itself.</summary>
    private static void ApplyEndpoint(OpenTelemetry.Exporter.OtlpExporterOptions exporter, Uri? endpoint)
    {
        if (endpoint is not null)
            exporter.Endpoint = endpoint;
    }
}
