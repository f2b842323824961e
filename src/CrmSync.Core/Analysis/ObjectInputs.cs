namespace CrmSync.Core.Analysis;

/// <summary>What an analyzer reads of one object type; the pull plan is the union over the enabled analyzers.</summary>
/// <param name="ObjectType">A <see cref="Records.CrmObjectTypes"/> kind.</param>
public sealed record ObjectInputs(string ObjectType)
{
    /// <summary>Canonical field keys (and computed keys the analyzer reads back, such as the last duplicate group).</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>Fields whose value history is needed, oldest first (e.g. the deal stage).</summary>
    public IReadOnlyList<string> HistoryFields { get; init; } = [];

    /// <summary>Associated object types whose ids are needed.</summary>
    public IReadOnlyList<string> Associations { get; init; } = [];

    /// <summary>
    /// The entry date of every open stage of the type's pipelines
    /// (<see cref="Schema.CanonicalFields.StageEnteredAt"/>), expanded from the pipelines when the pull is planned.
    /// </summary>
    public bool StageEntryDates { get; init; }
}
