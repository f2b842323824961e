using CrmSync.Core.Analysis;

namespace CrmSync.Worker.Tests.EndToEnd;

public sealed class CompanyLinkProbeOptions : IAnalyzerOptions
{
    public const string SectionName = "CompanyLinks";

    public bool Enabled { get; set; } = true;

    public IReadOnlyList<string> Validate(string sectionPath) => [];
}
