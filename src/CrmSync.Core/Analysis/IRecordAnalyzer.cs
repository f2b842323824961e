using CrmSync.Core.Connectors;

namespace CrmSync.Core.Analysis;

/// <summary>Computes property values and alert candidates from stored records. Pure: no I/O.</summary>
public interface IRecordAnalyzer
{
    string Name { get; }

    /// <summary>Every property this analyzer may write; the connector ensures they exist in the CRM.</summary>
    IReadOnlyList<ComputedPropertyDefinition> Properties { get; }

    AnalyzerResult Analyze(AnalysisContext context);
}
