namespace CrmSync.Core.Connectors;

/// <param name="ObjectType">One of <see cref="Records.CrmObjectTypes"/>.</param>
/// <remarks>Every name is canonical (<see cref="Schema.CanonicalFields"/> or a computed key); the connector maps them.</remarks>
/// <param name="Cursor">The opaque cursor the connector returned last time (null on a first pull).</param>
/// <param name="Properties">Field keys to pull, besides those the connector always pulls.</param>
/// <param name="HistoryProperties">Properties whose value history is needed (e.g. the deal stage).</param>
/// <param name="Associations">Associated object types whose ids are needed.</param>
public sealed record PullRequest(
    string ObjectType,
    PullMode Mode,
    string? Cursor,
    IReadOnlyList<string> Properties,
    IReadOnlyList<string> HistoryProperties,
    IReadOnlyList<string> Associations);
