using CrmSync.Worker.Configuration;

namespace CrmSync.Worker.Jobs;

/// <summary>What a job kind does: its steps in order, and the analyzers it is limited to (null = as asked).</summary>
public sealed record JobDefinition(string Name, IReadOnlyList<Type> Steps, IReadOnlyList<string>? Analyzers = null)
{
    private static readonly Type[] WriteSteps = [typeof(MergeStep), typeof(WriteValuesStep), typeof(AlertStep)];

    public static JobDefinition For(string job) => job switch
    {
        JobNames.Sync => new(job, [typeof(PullStep)]),
        JobNames.Analyze => new(job, [typeof(AnalyzeStep), typeof(Metrics.MetricsSnapshotStep)]),
        JobNames.WriteBack => new(job, [typeof(LoadAnalysisStep), .. WriteSteps]),
        JobNames.Pipeline => new(job, [typeof(PullStep), typeof(AnalyzeStep), typeof(Metrics.MetricsSnapshotStep), .. WriteSteps]),
        // The duplicate analyzer over the stored records and its write-back, as it was before --only existed.
        JobNames.Dedupe => new(job, [typeof(AnalyzeStep), .. WriteSteps], [Core.Duplicates.DuplicateAnalyzer.AnalyzerName]),
        _ => throw new ArgumentException($"Unknown job '{job}'; jobs are {string.Join(", ", JobNames.All)}", nameof(job)),
    };
}
