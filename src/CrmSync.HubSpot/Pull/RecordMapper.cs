using CrmSync.Core.Records;
using CrmSync.HubSpot.Mapping;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// Wire object → <see cref="CrmRecord"/> with canonical keys: properties and history are re-keyed through the
/// object type's <see cref="HubSpotFieldMap"/>, and HubSpot properties that map to nothing are dropped.
/// </summary>
internal static class RecordMapper
{
    private static readonly IReadOnlyDictionary<string, string?> NoProperties =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, string?>(new Dictionary<string, string?>());
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoAssociations =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, IReadOnlyList<string>>(new Dictionary<string, IReadOnlyList<string>>());
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<PropertyHistoryEntry>> NoHistory =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, IReadOnlyList<PropertyHistoryEntry>>(new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>>());

    public static CrmRecord Map(HubSpotFieldMap map, HsObject source, bool archived, IReadOnlyList<string> associationTypes) =>
        new(map.ObjectType, source.Id, source.Properties is { Count: > 0 } properties ? map.ToCanonical(properties) : NoProperties,
            source.CreatedAt, source.UpdatedAt, archived || source.Archived)
        {
            Associations = MapAssociations(source.Associations, associationTypes),
            History = MapHistory(map, source.PropertiesWithHistory),
        };

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> MapAssociations(
        Dictionary<string, HsAssociationCollection>? source, IReadOnlyList<string> associationTypes)
    {
        if (associationTypes.Count == 0)
            return NoAssociations;
        var result = new Dictionary<string, IReadOnlyList<string>>(associationTypes.Count, StringComparer.Ordinal);
        foreach (var type in associationTypes)
        {
            // A deal tied to one company by two association types lists that company twice.
            result[type] = source is not null && source.TryGetValue(type, out var collection)
                ? collection.Results.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToArray()
                : [];
        }

        return result;
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<PropertyHistoryEntry>> MapHistory(
        HubSpotFieldMap map, Dictionary<string, List<HsHistoryEntry>>? source)
    {
        if (source is null || source.Count == 0)
            return NoHistory;
        var result = new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>>(source.Count, StringComparer.Ordinal);
        foreach (var (property, entries) in source)
        {
            // History is keyed like the properties: canonically, and only for what maps.
            if (map.ToCanonical(property) is not { } key)
                continue;
            // HubSpot sends newest first (not guaranteed): CrmSync stores oldest first.
            result[key] = entries
                .OrderBy(e => e.Timestamp)
                .Select(e => new PropertyHistoryEntry(e.Value, e.Timestamp, e.SourceType))
                .ToArray();
        }

        return result;
    }
}
