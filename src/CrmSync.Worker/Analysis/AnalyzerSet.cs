using CrmSync.Core.Analysis;

namespace CrmSync.Worker.Analysis;

/// <param name="Scope">The properties these analyzers own, when not every analyzer runs (null = all).</param>
/// <param name="AlertTypes">The alert types they evaluate, when not every analyzer runs (null = all).</param>
public sealed record AnalyzerSet(AnalysisRunner Runner, IReadOnlySet<string>? Scope, IReadOnlySet<string>? AlertTypes);
