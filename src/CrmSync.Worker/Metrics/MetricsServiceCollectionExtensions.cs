namespace CrmSync.Worker.Metrics;

public static class MetricsServiceCollectionExtensions
{
    /// <summary>The metrics seam over the record store (<see cref="IConnectorMetricsInputs"/>), one instance for both names.</summary>
    public static IServiceCollection AddCrmSyncMetrics(this IServiceCollection services)
    {
        services.AddSingleton<StoredConnectorMetricsInputs>();
        services.AddSingleton<IConnectorMetricsInputs>(sp => sp.GetRequiredService<StoredConnectorMetricsInputs>());
        return services;
    }
}
