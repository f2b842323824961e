using CrmSync.Core.Analysis;
using CrmSync.Core.StageRules;
using CrmSync.Worker.Configuration;

namespace CrmSync.Worker.Analysis;

/// <summary>The analyzers that run for one connector, built from its configuration.</summary>
public sealed class AnalyzerCatalog
{
    public AnalysisRunner For(string connector, ConnectorOptions options) => new(
    [
        new StageAgeAnalyzer(options.StageAge, $"{ConnectorOptions.Section}:{connector}:{StageAgeOptions.SectionName}"),
    ]);
}
