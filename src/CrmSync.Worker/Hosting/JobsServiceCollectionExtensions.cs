using CrmSync.Core.Connectors;
using CrmSync.HubSpot;
using CrmSync.Worker.Analysis;
using CrmSync.Worker.Connectors;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Hosting;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Connectors, analyzers, the job steps and the recurring-job registrar.</summary>
    public static IServiceCollection AddCrmSyncJobs(this IServiceCollection services)
    {
        services.AddHubSpotConnectors();
        services.AddSingleton<ICrmConnectorFactory, ConnectorFactory>();
        services.AddSingleton<AnalyzerCatalog>();
        services.AddSingleton<ConnectorDocuments>();
        services.AddSingleton<ConnectorLock>();
        services.AddTransient<SyncStep>();
        services.AddTransient<AnalyzeStep>();
        services.AddTransient<AlertStep>();
        services.AddTransient<MergeStep>();
        services.AddTransient<WriteBackStep>();
        services.AddTransient<ConnectorJobRunner>();
        services.AddTransient<ConnectorJob>();
        services.AddSingleton<RecurringJobRegistrar>();
        return services;
    }
}
