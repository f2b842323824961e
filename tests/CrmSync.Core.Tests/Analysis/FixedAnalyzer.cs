using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;

namespace CrmSync.Core.Tests.Analysis;

/// <summary>An analyzer whose declared properties, alert types and output are given by the test.</summary>
internal sealed class FixedAnalyzer(
    string name,
    IReadOnlyList<ComputedPropertyDefinition> properties,
    Func<AnalysisContext, AnalyzerResult> analyze,
    IReadOnlyList<string>? alertTypes = null)
    : IRecordAnalyzer
{
    public FixedAnalyzer(string name, params ComputedPropertyDefinition[] properties)
        : this(name, properties, _ => AnalyzerResult.Empty)
    {
    }

    public AnalyzerDescriptor Descriptor { get; } = new(
        name,
        SectionName: name,
        Inputs: [],
        Properties: properties,
        AlertTypes: alertTypes ?? []);

    public AnalyzerResult Analyze(AnalysisContext context) => analyze(context);

    public static ComputedPropertyDefinition Property(string key, string objectType = CrmObjectTypes.Deals) =>
        new(objectType, key, key, ComputedPropertyType.Text, "test property");

    public static AlertCandidate Alert(string key, string recordId = "1") =>
        new(key, "test_alert", CrmObjectTypes.Deals, recordId, "O1", "subject", "body", AlertPriority.Low);
}
