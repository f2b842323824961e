using CrmSync.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrmSync.Worker.Health;

/// <summary>Readiness: the record store answers.</summary>
public sealed class StoreHealthCheck(IRecordStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.PingAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("record store did not answer");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("record store unreachable", e);
        }
    }
}
