namespace CrmSync.Worker.Configuration;

/// <summary>The job kinds a connector runs; later capabilities add analyzers, not job kinds.</summary>
public static class JobNames
{
    public const string Sync = "sync";
    public const string Analyze = "analyze";
    public const string WriteBack = "writeback";
    public const string Pipeline = "pipeline";

    /// <summary>
    /// Kept for existing users: the duplicate analyzer alone over the stored records, then its write-back (what
    /// <c>analyze --only duplicates</c> followed by <c>writeback --only duplicates</c> does).
    /// </summary>
    public const string Dedupe = "dedupe";

    public static readonly IReadOnlyList<string> All = [Sync, Analyze, WriteBack, Pipeline, Dedupe];

    public static bool IsKnown(string job) => All.Contains(job, StringComparer.Ordinal);
}
