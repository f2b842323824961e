using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrmSync.Worker.Health;

public static class HealthServiceCollectionExtensions
{
    /// <summary>Liveness is the process alone: a CRM or database outage must not restart-loop the pod.</summary>
    public static IServiceCollection AddCrmSyncHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"])
            .AddCheck<StoreHealthCheck>("store", tags: ["ready"])
            .AddCheck<HangfireStorageHealthCheck>("hangfire", tags: ["ready"]);
        return services;
    }

    public static WebApplication MapCrmSyncHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new() { Predicate = r => r.Tags.Contains("live") });
        app.MapHealthChecks("/ready", new() { Predicate = r => r.Tags.Contains("ready") });
        return app;
    }
}
