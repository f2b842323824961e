namespace CrmSync.Worker.Metrics;

public static class MetricsServiceCollectionExtensions
{
    /// <summary>The metrics seam over the record store (<see cref="IConnectorMetricsInputs"/>, one instance for both names), the snapshot store and step.</summary>
    public static IServiceCollection AddCrmSyncMetrics(this IServiceCollection services)
    {
        services.AddSingleton<StoredConnectorMetricsInputs>();
        services.AddSingleton<IConnectorMetricsInputs>(sp => sp.GetRequiredService<StoredConnectorMetricsInputs>());
        services.AddSingleton<MetricSnapshotStore>();
        services.AddTransient<MetricsSnapshotStep>();
        return services;
    }
}
