using CrmSync.Core.Analysis;
using CrmSync.Core.StageRules;
using CrmSync.Worker.Configuration;

namespace CrmSync.Worker.Analysis;

/// <summary>The analyzers that run for one connector, built from its configuration.</summary>
public sealed class AnalyzerCatalog
{
    public IReadOnlyList<IRecordAnalyzer> For(ConnectorOptions options) =>
    [
        new StageAgeAnalyzer(new StageAgeOptions
        {
            DefaultLimitDays = options.StageAge.DefaultLimitDays,
            LimitsByStage = new Dictionary<string, int>(options.StageAge.LimitsByStage, StringComparer.Ordinal),
        }),
    ];
}
