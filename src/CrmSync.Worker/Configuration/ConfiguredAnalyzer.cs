using CrmSync.Core.Analysis;
using CrmSync.Worker.Analysis;

namespace CrmSync.Worker.Configuration;

/// <summary>A registered analyzer with the options one connector gives it (validated).</summary>
public sealed record ConfiguredAnalyzer(AnalyzerRegistration Registration, IAnalyzerOptions Options)
{
    public string Name => Registration.Name;

    public bool Enabled => Options.Enabled;

    public IRecordAnalyzer Create() => Registration.Create(Options);
}
