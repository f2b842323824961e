namespace CrmSync.Core.Analysis;

/// <summary>An analyzer's options, bound per connector from <c>CrmSync:Connectors:{name}:{SectionName}</c>.</summary>
public interface IAnalyzerOptions
{
    /// <summary>A disabled analyzer neither runs nor adds to the pull plan.</summary>
    bool Enabled { get; }

    /// <summary>Every problem, each starting with its full configuration key under <paramref name="sectionPath"/>.</summary>
    IReadOnlyList<string> Validate(string sectionPath);
}
