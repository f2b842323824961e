namespace CrmSync.Worker.Analysis;

public static class CrmSyncAnalyzersServiceCollectionExtensions
{
    /// <summary>Every analyzer CrmSync ships, one line each, in the order they run.</summary>
    public static IServiceCollection AddCrmSyncAnalyzers(this IServiceCollection services)
    {
        services.AddAnalyzer<Core.StageRules.StageAgeAnalyzer, Core.StageRules.StageAgeOptions>();
        services.AddAnalyzer<Core.Duplicates.DuplicateAnalyzer, Core.Duplicates.DuplicateDetectionOptions>();
        services.AddAnalyzer<Core.Activity.LastActivityAnalyzer, Core.Activity.LastActivityOptions>();
        services.AddAnalyzer<Core.Metrics.Records.MetricsAnalyzer, Core.Metrics.MetricsOptions>();
        services.AddAnalyzer<Core.StageCriteria.StageCriteriaAnalyzer, Core.StageCriteria.StageCriteriaOptions>();
        services.AddAnalyzer<Core.Renewals.RenewalAnalyzer, Core.Renewals.RenewalOptions>();
        services.AddAnalyzer<Core.Health.HealthScoreAnalyzer, Core.Health.HealthScoreOptions>();
        return services;
    }
}
