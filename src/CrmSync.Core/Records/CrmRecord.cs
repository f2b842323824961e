namespace CrmSync.Core.Records;

/// <summary>One CRM record as CrmSync stores it: property values are kept as the CRM's strings.</summary>
public sealed record CrmRecord(
    string ObjectType,
    string Id,
    IReadOnlyDictionary<string, string?> Properties,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool Archived = false)
{
    /// <summary>Associated record ids by the associated object type (e.g. "companies" → ["9001"]).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Associations { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Value history for the properties that were pulled with history, oldest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PropertyHistoryEntry>> History { get; init; } =
        new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>>();

    public string? Get(string property) => Properties.TryGetValue(property, out var value) ? value : null;
}
