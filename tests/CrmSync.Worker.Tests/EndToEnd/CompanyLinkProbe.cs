using CrmSync.Core.Analysis;
using CrmSync.Core.Records;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// A test analyzer that only reads each contact's companies (no shipped analyzer needs associations yet), so the pull
/// plan asks for them and the store keeps them. It computes nothing.
/// </summary>
public sealed class CompanyLinkProbe : IAnalyzerPlugin<CompanyLinkProbe, CompanyLinkProbeOptions>
{
    private static readonly AnalyzerDescriptor Descriptor = new(
        "company-links", CompanyLinkProbeOptions.SectionName,
        [new ObjectInputs(CrmObjectTypes.Contacts) { Associations = [CrmObjectTypes.Companies] }], [], []);

    AnalyzerDescriptor IRecordAnalyzer.Descriptor => Descriptor;

    public static AnalyzerDescriptor Describe() => Descriptor;

    public static CompanyLinkProbe Create(CompanyLinkProbeOptions options) => new();

    public AnalyzerResult Analyze(AnalysisContext context) => AnalyzerResult.Empty;
}
