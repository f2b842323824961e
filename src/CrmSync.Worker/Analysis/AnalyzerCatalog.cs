using CrmSync.Core.Analysis;
using CrmSync.Worker.Configuration;

namespace CrmSync.Worker.Analysis;

/// <summary>The analyzers that run for one connector and job, built from its configuration.</summary>
public sealed class AnalyzerCatalog
{
    /// <param name="only">Analyzer names to run (an enabled subset); null or empty = every enabled analyzer.</param>
    /// <exception cref="ArgumentException">An unknown or disabled analyzer is named.</exception>
    public AnalyzerSet For(ConnectorSettings settings, IReadOnlyCollection<string>? only)
    {
        if (only is null || only.Count == 0)
        {
            var all = settings.EnabledAnalyzers.ToList();
            return new AnalyzerSet(new AnalysisRunner(all.Select(a => a.Create())), all.Select(a => a.Name).ToList(), Scope: null, AlertTypes: null);
        }

        foreach (var name in only)
        {
            var analyzer = settings.Analyzers.FirstOrDefault(a => a.Name == name)
                ?? throw new ArgumentException(
                    $"Unknown analyzer '{name}'; analyzers are {string.Join(", ", settings.Analyzers.Select(a => a.Name))}", nameof(only));
            if (!analyzer.Enabled)
            {
                throw new ArgumentException(
                    $"Analyzer '{name}' is disabled for connector '{settings.Name}' " +
                    $"({settings.SectionPath}:{analyzer.Registration.Descriptor.SectionName}:Enabled)", nameof(only));
            }
        }

        var chosen = settings.Analyzers.Where(a => only.Contains(a.Name)).ToList();
        var runner = new AnalysisRunner(chosen.Select(a => a.Create()));
        return new AnalyzerSet(runner, chosen.Select(a => a.Name).ToList(),
            runner.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal), runner.AlertTypes);
    }
}
