using CrmSync.Core.Analysis;
using CrmSync.Core.Dedupe;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Duplicates;

/// <summary>
/// The records matched in one detector run, each under a key unique within the run. People are contacts and live,
/// unconverted leads together (one person model, so a lead that duplicates a contact is found); a contact keeps its id
/// as its key, so contact groups and their alert keys are the same with or without leads, and a lead's key carries
/// <see cref="LeadKeyPrefix"/> because a CRM may number leads and contacts independently.
/// </summary>
internal sealed class DedupePopulation
{
    public const string LeadKeyPrefix = "lead:";

    private readonly Dictionary<string, CrmRecord> _byKey;

    private DedupePopulation(string objectType, IEnumerable<CrmRecord> records)
    {
        ObjectType = objectType;
        _byKey = records.ToDictionary(KeyOf, StringComparer.Ordinal);
    }

    /// <summary>The object type whose matching settings, field map and alert wording the run uses.</summary>
    public string ObjectType { get; }

    public int Count => _byKey.Count;

    public IEnumerable<CrmRecord> Records => _byKey.Values;

    public CrmRecord this[string key] => _byKey[key];

    public static DedupePopulation People(AnalysisContext context) => new(CrmObjectTypes.Contacts,
        context.Records(CrmObjectTypes.Contacts).Concat(context.Records(CrmObjectTypes.Leads).Where(l => !IsConverted(l))));

    public static DedupePopulation Companies(AnalysisContext context) => new(CrmObjectTypes.Companies, context.Records(CrmObjectTypes.Companies));

    public static string KeyOf(CrmRecord record) =>
        record.ObjectType == CrmObjectTypes.Leads ? LeadKeyPrefix + record.Id : record.Id;

    public static bool IsLead(CrmRecord record) => record.ObjectType == CrmObjectTypes.Leads;

    public IReadOnlyList<DedupeRecord> ToDedupeRecords()
    {
        var map = FieldMap.For(ObjectType);
        return _byKey.Select(e => map.ToRecord(e.Value) with { Id = e.Key }).ToList();
    }

    /// <summary>Each record's group as last written, so group ids carry over between runs.</summary>
    public Dictionary<string, string> PreviousGroups()
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, record) in _byKey)
        {
            if (record.Get(DuplicateProperties.Group) is { Length: > 0 } group)
                previous[key] = group;
        }

        return previous;
    }

    /// <summary>
    /// A converted lead lives on as the contact it became: it is history, not a duplicate of that contact (nor of
    /// anyone else), and a CRM keeps it read-only.
    /// </summary>
    private static bool IsConverted(CrmRecord lead) =>
        string.Equals(lead.Get(CanonicalFields.IsConverted), "true", StringComparison.OrdinalIgnoreCase);
}
