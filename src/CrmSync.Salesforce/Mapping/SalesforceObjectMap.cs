using System.Collections.Frozen;
using CrmSync.Core.Schema;

namespace CrmSync.Salesforce.Mapping;

/// <summary>
/// One canonical object type's map to a Salesforce object: the fixed fields (canonical ↔ native, relationship paths
/// such as <c>Account.Name</c> allowed), the canonical fields this object has no field for (asked for, they are
/// simply never set), and CrmSync's computed properties by <see cref="SalesforceComputedNames"/>. Stage entry dates
/// of opportunities are not fields: they come from OpportunityHistory. Salesforce names never leave the connector.
/// </summary>
internal sealed class SalesforceObjectMap
{
    private readonly FrozenDictionary<string, string> _toNative;
    private readonly FrozenDictionary<string, string> _toCanonical;
    private readonly FrozenSet<string> _unavailable;

    public SalesforceObjectMap(string objectType, string sObject, bool stageHistory, string[] always, string[] unavailable, params (string Canonical, string Native)[] fields)
    {
        foreach (var canonical in fields.Select(f => f.Canonical).Concat(unavailable))
        {
            // A typo in the table must fail the first use, not pull nothing.
            if (!CanonicalFields.IsCanonical(canonical) || CanonicalFields.TryParseStageEnteredAt(canonical, out _))
                throw new ArgumentException($"'{canonical}' is not a fixed canonical field ({objectType} map).", nameof(fields));
        }

        ObjectType = objectType;
        SObject = sObject;
        HasStageHistory = stageHistory;
        Always = always;
        _toNative = fields.ToFrozenDictionary(f => f.Canonical, f => f.Native, StringComparer.Ordinal);
        _toCanonical = fields.ToFrozenDictionary(f => f.Native, f => f.Canonical, StringComparer.Ordinal);
        _unavailable = unavailable.ToFrozenSet(StringComparer.Ordinal);
    }

    public string ObjectType { get; }

    /// <summary>The Salesforce object, e.g. <c>Opportunity</c>.</summary>
    public string SObject { get; }

    /// <summary>Whether stage entry dates and stage history (from OpportunityHistory) map.</summary>
    public bool HasStageHistory { get; }

    /// <summary>Native fields every pull selects besides the requested ones.</summary>
    public IReadOnlyList<string> Always { get; }

    public IReadOnlyDictionary<string, string> Fields => _toNative;

    public IReadOnlySet<string> Unavailable => _unavailable;

    /// <summary>Whether a canonical key is derived from the stage history rather than read from a field.</summary>
    public bool IsStageDerived(string key) =>
        HasStageHistory && (key == CanonicalFields.CurrentStageEnteredAt || CanonicalFields.TryParseStageEnteredAt(key, out _));

    /// <summary>The field to select for a key; null for a key this object has no field for (unavailable or stage-derived).</summary>
    /// <exception cref="ArgumentException">The key maps to nothing on this object type (the message says why).</exception>
    public string? ToNative(string key)
    {
        if (string.IsNullOrWhiteSpace(key))
            throw new ArgumentException($"An empty property key was requested for '{ObjectType}'.", nameof(key));
        if (_toNative.TryGetValue(key, out var native))
            return native;
        if (_unavailable.Contains(key) || IsStageDerived(key))
            return null;
        if (CanonicalFields.TryParseStageEnteredAt(key, out _) || key == CanonicalFields.CurrentStageEnteredAt)
            throw new ArgumentException($"Canonical key '{key}' is not available on '{ObjectType}': Salesforce keeps stage history only for opportunities.", nameof(key));
        if (CanonicalFields.IsCanonical(key))
            throw new ArgumentException($"Canonical field '{key}' has no Salesforce field on '{ObjectType}' ({SObject}).", nameof(key));
        return ToWritableNative(key);
    }

    /// <summary>The custom field for a computed key: only CrmSync's computed properties are ever written.</summary>
    /// <exception cref="ArgumentException">The key is a canonical field (Salesforce or the user owns it) or invalid.</exception>
    public string ToWritableNative(string key)
    {
        if (key is not null && CanonicalFields.IsCanonical(key))
            throw new ArgumentException($"Canonical field '{key}' on '{ObjectType}' cannot be written: CrmSync writes only its own computed properties.", nameof(key));
        if (key is not null && _toCanonical.TryGetValue(key, out var canonical))
            throw new ArgumentException($"Unknown property key '{key}' on '{ObjectType}': that is Salesforce's name; use the canonical key '{canonical}'.", nameof(key));
        return SalesforceComputedNames.ToNative(key!, ObjectType);
    }

    /// <summary>The canonical key of a selected field, or null for one that maps to nothing (e.g. <c>IsDeleted</c>).</summary>
    public string? ToCanonical(string native) =>
        _toCanonical.TryGetValue(native, out var canonical) ? canonical
        : SalesforceComputedNames.TryToComputed(native, out var key) ? key
        : null;
}
