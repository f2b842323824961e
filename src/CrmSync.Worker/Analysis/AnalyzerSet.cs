using CrmSync.Core.Analysis;

namespace CrmSync.Worker.Analysis;

/// <summary>The analyzers one job runs for one connector.</summary>
/// <param name="Names">Their names, in run order.</param>
/// <param name="Scope">The properties these analyzers own, when not every analyzer runs (null = all).</param>
/// <param name="AlertTypes">The alert types they evaluate, when not every analyzer runs (null = all).</param>
public sealed record AnalyzerSet(AnalysisRunner Runner, IReadOnlyList<string> Names, IReadOnlySet<string>? Scope, IReadOnlySet<string>? AlertTypes)
{
    /// <summary>Where this set's last analysis is kept between jobs: one document per combination of analyzers.</summary>
    public string DocumentKey => Scope is null ? "analysis" : $"analysis:{string.Join(',', Names.Order(StringComparer.Ordinal))}";
}
