using System.Collections.Concurrent;
using System.Collections.Frozen;
using CrmSync.Core.Analysis;
using CrmSync.Core.Schema;

namespace CrmSync.HubSpot.Mapping;

/// <summary>
/// One object type's map between canonical keys and HubSpot property names: the fixed fields, the deal stage entry
/// dates (<see cref="HubSpotStageEntryNames"/>) and CrmSync's computed properties (<see cref="HubSpotComputedNames"/>).
/// Everything that crosses <c>ICrmConnector</c> is canonical; HubSpot names never leave the connector.
/// </summary>
internal sealed class HubSpotFieldMap
{
    // Dynamic names (stage ids, computed keys) are cached so a page of records reuses one key string per name; the
    // cap bounds the cache against a portal with an unbounded number of odd property names.
    private const int MaxCachedNames = 4_096;
    private const string HubSpotNamespace = "hs_";

    private readonly FrozenDictionary<string, string> _toNative;
    private readonly FrozenDictionary<string, string> _toCanonical;
    private readonly ConcurrentDictionary<string, string?> _dynamic = new(StringComparer.Ordinal);

    /// <param name="objectType">The canonical object type, which is also HubSpot's object name.</param>
    /// <param name="stageEntryDates">Whether <c>stage_entered_at:{stageId}</c> maps (deals only).</param>
    /// <param name="fields">Canonical key → HubSpot property; each side at most once.</param>
    public HubSpotFieldMap(string objectType, bool stageEntryDates, params (string Canonical, string Native)[] fields)
    {
        ObjectType = objectType;
        HasStageEntryDates = stageEntryDates;
        foreach (var (canonical, native) in fields)
        {
            // A typo in the table must fail the first use, not pull nothing.
            if (!CanonicalFields.IsCanonical(canonical) || CanonicalFields.TryParseStageEnteredAt(canonical, out _))
                throw new ArgumentException($"'{canonical}' is not a fixed canonical field ({objectType} map).", nameof(fields));
        }

        _toNative = fields.ToFrozenDictionary(f => f.Canonical, f => f.Native, StringComparer.Ordinal);
        _toCanonical = fields.ToFrozenDictionary(f => f.Native, f => f.Canonical, StringComparer.Ordinal);
    }

    public string ObjectType { get; }

    /// <summary>This map plus one more canonical field (a property the tenant names in the connector's settings).</summary>
    public HubSpotFieldMap With(string canonical, string native) =>
        new(ObjectType, HasStageEntryDates, [.. _toNative.Where(f => f.Key != canonical).Select(f => (f.Key, f.Value)), (canonical, native)]);

    public bool HasStageEntryDates { get; }

    /// <summary>Canonical fields this object type has no property for in this portal: asked for, they are never set.</summary>
    public IReadOnlySet<string> Unavailable { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The fixed fields: canonical key → HubSpot property.</summary>
    public IReadOnlyDictionary<string, string> Fields => _toNative;

    /// <summary>The HubSpot property for a canonical or computed key to read.</summary>
    /// <exception cref="ArgumentException">The key maps to nothing on this object type (the message says why).</exception>
    public string ToNative(string key)
    {
        if (string.IsNullOrWhiteSpace(key))
            throw new ArgumentException($"An empty property key was requested for '{ObjectType}'.", nameof(key));
        if (_toNative.TryGetValue(key, out var native))
            return native;
        if (CanonicalFields.TryParseStageEnteredAt(key, out var stageId))
        {
            return HasStageEntryDates
                ? HubSpotStageEntryNames.ToNative(stageId, key)
                : throw new ArgumentException(
                    $"Canonical key '{key}' is not available on '{ObjectType}': HubSpot keeps per-stage entry dates only on deals.", nameof(key));
        }

        if (CanonicalFields.IsCanonical(key))
            throw new ArgumentException($"Canonical field '{key}' has no HubSpot property on '{ObjectType}'.", nameof(key));
        return ComputedToNative(key);
    }

    /// <summary>The HubSpot property for a key to write: only CrmSync's computed properties are ever written.</summary>
    /// <exception cref="ArgumentException">The key is a canonical field (HubSpot or the user owns it) or invalid.</exception>
    public string ToWritableNative(string key)
    {
        if (key is not null && CanonicalFields.IsCanonical(key))
        {
            throw new ArgumentException(
                $"Canonical field '{key}' on '{ObjectType}' cannot be written: CrmSync writes only its own computed properties.", nameof(key));
        }

        return ComputedToNative(key!);
    }

    /// <summary>
    /// Every snake-case word is a valid computed key, so HubSpot's own names would pass as one (<c>dealstage</c> →
    /// <c>crmsync_dealstage</c>, a property that does not exist: HubSpot ignores it on read and nothing comes back).
    /// Those are the likeliest slips after the move to canonical keys, so a HubSpot name of this map and anything in
    /// HubSpot's <c>hs_</c> namespace are refused as computed keys, in both directions.
    /// </summary>
    private bool IsComputedKey(string key) =>
        HubSpotComputedNames.IsMappable(key) && !_toCanonical.ContainsKey(key) && !key.StartsWith(HubSpotNamespace, StringComparison.Ordinal);

    private string ComputedToNative(string key)
    {
        if (IsComputedKey(key))
            return HubSpotComputedNames.Prefix + key;
        if (key is not null && _toCanonical.TryGetValue(key, out var canonical))
        {
            throw new ArgumentException(
                $"Unknown property key '{key}' on '{ObjectType}': that is HubSpot's name; use the canonical key '{canonical}'.", nameof(key));
        }

        if (key is not null && ComputedPropertyKeys.IsValid(key) && key.StartsWith(HubSpotNamespace, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Unknown property key '{key}' on '{ObjectType}': '{HubSpotNamespace}' names are HubSpot's own, not canonical or computed keys.", nameof(key));
        }

        // Not a computed key at all, or one already carrying crmsync_: HubSpotComputedNames says which.
        return HubSpotComputedNames.ToNative(key!, ObjectType);
    }

    /// <summary>The canonical key of a HubSpot property, or null for one that maps to nothing (e.g. <c>hs_object_id</c>).</summary>
    public string? ToCanonical(string native)
    {
        if (_toCanonical.TryGetValue(native, out var canonical))
            return canonical;
        if (_dynamic.TryGetValue(native, out canonical))
            return canonical;

        canonical = HasStageEntryDates && HubSpotStageEntryNames.TryParse(native, out var stageId) ? CanonicalFields.StageEnteredAt(stageId)
            : HubSpotComputedNames.TryToComputed(native, out var key) && IsComputedKey(key) ? key
            : null;
        if (_dynamic.Count < MaxCachedNames)
            _dynamic.TryAdd(native, canonical);
        return canonical;
    }

    /// <summary>
    /// A HubSpot properties map re-keyed canonically, dropping what maps to nothing. One dictionary per record, sized
    /// to the source; the keys are shared strings (constants or cached), not new ones per record.
    /// </summary>
    public Dictionary<string, string?> ToCanonical(IReadOnlyDictionary<string, string?> native)
    {
        var result = new Dictionary<string, string?>(native.Count, StringComparer.Ordinal);
        foreach (var (name, value) in native)
        {
            if (ToCanonical(name) is { } key)
                result[key] = value;
        }

        return result;
    }
}
