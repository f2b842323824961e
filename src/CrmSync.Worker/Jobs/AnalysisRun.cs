using CrmSync.Core.Analysis;

namespace CrmSync.Worker.Jobs;

/// <summary>An analysis and the ids of the live records it saw, so the write-back in the same job need not read them again.</summary>
public sealed record AnalysisRun(AnalyzerResult Result, IReadOnlyDictionary<string, IReadOnlySet<string>> LiveIds);
