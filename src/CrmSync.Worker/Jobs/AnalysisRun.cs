using CrmSync.Core.Analysis;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// An analysis and, when it ran in this job, the ids of the live records it saw, so the write-back need not read
/// them again (null for an analysis loaded from the store).
/// </summary>
public sealed record AnalysisRun(AnalyzerResult Result, IReadOnlyDictionary<string, IReadOnlySet<string>>? LiveIds);
