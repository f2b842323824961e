using CrmSync.Core.Connectors;

namespace CrmSync.Core.Analysis;

/// <summary>The merged output of every analyzer of one run, in analyzer order.</summary>
public sealed record AnalysisRunResult(
    IReadOnlyList<ComputedPropertyDefinition> Properties,
    IReadOnlyList<ComputedValue> Values,
    IReadOnlyList<AlertCandidate> Alerts)
{
    public IReadOnlyList<MergeProposal> Merges { get; init; } = [];

    /// <summary>The computed values of one object type: the input of the write-back planner.</summary>
    public IReadOnlyList<ComputedValue> ValuesFor(string objectType) =>
        Values.Where(v => v.ObjectType == objectType).ToList();

    /// <summary>Object types with at least one CrmSync property, whether or not a value was computed this run.</summary>
    public IReadOnlyList<string> ObjectTypes =>
        Properties.Select(p => p.ObjectType).Distinct(StringComparer.Ordinal).ToList();
}
