using CrmSync.Core.Connectors;
using CrmSync.Worker.Analysis;
using CrmSync.Worker.Connectors;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Hosting;

public static class JobsServiceCollectionExtensions
{
    /// <summary>The connector factory, the analyzer catalog, the job steps and the recurring-job registrar.</summary>
    public static IServiceCollection AddCrmSyncJobs(this IServiceCollection services)
    {
        services.AddSingleton<ICrmConnectorFactory, ConnectorFactory>();
        services.AddSingleton<AnalyzerCatalog>();
        services.AddSingleton<ConnectorDocuments>();
        services.AddSingleton<ConnectorLock>();
        services.AddTransient<PullStep>();
        services.AddTransient<AnalyzeStep>();
        services.AddTransient<LoadAnalysisStep>();
        services.AddTransient<MergeStep>();
        services.AddTransient<WriteValuesStep>();
        services.AddTransient<AlertTaskCreator>();
        services.AddTransient<DigestWriter>();
        services.AddTransient<AlertStep>();
        services.AddTransient<ConnectorJobRunner>();
        services.AddTransient<ConnectorJob>();
        services.AddSingleton<RecurringJobRegistrar>();
        return services;
    }
}
