namespace CrmSync.Worker.Configuration;

/// <summary>The job kinds a connector runs; later capabilities add analyzers, not job kinds.</summary>
public static class JobNames
{
    public const string Sync = "sync";
    public const string Analyze = "analyze";
    public const string WriteBack = "writeback";
    public const string Pipeline = "pipeline";

    /// <summary>Duplicate detection alone over the stored records, then its write-back (analyze and pipeline include it too).</summary>
    public const string Dedupe = "dedupe";

    public static readonly IReadOnlyList<string> All = [Sync, Analyze, WriteBack, Pipeline, Dedupe];

    public static bool IsKnown(string job) => All.Contains(job, StringComparer.Ordinal);
}
