using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrmSync.Worker.Health;

/// <summary>Readiness: Hangfire's storage answers (Hangfire itself starts degraded without it).</summary>
public sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var stats = storage.GetMonitoringApi().GetStatistics();
            return Task.FromResult(HealthCheckResult.Healthy($"{stats.Servers} server(s), {stats.Enqueued} enqueued"));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage unreachable", e));
        }
    }
}
