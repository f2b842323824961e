using CrmSync.Core.Duplicates;
using CrmSync.Core.StageRules;

namespace CrmSync.Worker.Analysis;

public static class CrmSyncAnalyzersServiceCollectionExtensions
{
    /// <summary>Every analyzer CrmSync ships, one line each, in the order they run.</summary>
    public static IServiceCollection AddCrmSyncAnalyzers(this IServiceCollection services) => services
        .AddAnalyzer<StageAgeAnalyzer, StageAgeOptions>()
        .AddAnalyzer<DuplicateAnalyzer, DuplicateDetectionOptions>();
}
