namespace CrmSync.Core.Analysis;

/// <summary>Computes property values and alert candidates from stored records. Pure: no I/O.</summary>
public interface IRecordAnalyzer
{
    AnalyzerDescriptor Descriptor { get; }

    AnalyzerResult Analyze(AnalysisContext context);
}
