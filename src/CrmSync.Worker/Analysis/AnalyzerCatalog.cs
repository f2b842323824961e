using CrmSync.Core.Analysis;
using CrmSync.Core.Duplicates;
using CrmSync.Core.StageRules;
using CrmSync.Worker.Configuration;

namespace CrmSync.Worker.Analysis;

/// <summary>The analyzers that run for one connector and job, built from its configuration.</summary>
public sealed class AnalyzerCatalog
{
    /// <summary>Every enabled analyzer (the analyze, writeback and pipeline jobs).</summary>
    public AnalyzerSet All(string connector, ConnectorOptions options)
    {
        var analyzers = new List<IRecordAnalyzer>
        {
            new StageAgeAnalyzer(options.StageAge, $"{ConnectorOptions.Section}:{connector}:{StageAgeOptions.SectionName}"),
        };
        if (options.Dedupe.Enabled)
            analyzers.Add(new DuplicateAnalyzer(options.Dedupe));
        return new AnalyzerSet(new AnalysisRunner(analyzers), Scope: null, AlertTypes: null);
    }

    /// <summary>Duplicate detection alone (the dedupe job): other analyzers' values and alerts are left as they are.</summary>
    public AnalyzerSet Duplicates(ConnectorOptions options)
    {
        var runner = new AnalysisRunner([new DuplicateAnalyzer(options.Dedupe)]);
        return new AnalyzerSet(runner, runner.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal),
            new HashSet<string>([DuplicateAnalyzer.AlertType], StringComparer.Ordinal));
    }
}
