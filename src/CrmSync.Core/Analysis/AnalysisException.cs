namespace CrmSync.Core.Analysis;

/// <summary>An analyzer is misconfigured, failed, or produced output that breaks the analysis rules.</summary>
public sealed class AnalysisException(string analyzer, string message, Exception? inner = null)
    : Exception($"Analyzer '{analyzer}': {message}", inner)
{
    public string Analyzer { get; } = analyzer;
}
