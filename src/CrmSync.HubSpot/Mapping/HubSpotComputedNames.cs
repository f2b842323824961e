using System.Diagnostics.CodeAnalysis;
using CrmSync.Core.Analysis;

namespace CrmSync.HubSpot.Mapping;

/// <summary>
/// CrmSync's computed keys (<c>days_in_stage</c>) ↔ HubSpot property names (<c>crmsync_days_in_stage</c>). The
/// prefix keeps CrmSync's properties apart from the portal's own and marks them as ours in HubSpot's UI. A computed
/// key is at most 40 characters, so the name stays far below HubSpot's 100-character limit.
/// </summary>
internal static class HubSpotComputedNames
{
    public const string Prefix = "crmsync_";

    /// <summary>
    /// A valid computed key that does not itself start with <c>crmsync_</c>: such a key is almost always a HubSpot name
    /// passed where the canonical key belongs (left over from before keys were canonical), and mapping it would create
    /// <c>crmsync_crmsync_…</c> in the portal, a name that cannot be renamed later.
    /// </summary>
    public static bool IsMappable([NotNullWhen(true)] string? key) =>
        key is not null && ComputedPropertyKeys.IsValid(key) && !key.StartsWith(Prefix, StringComparison.Ordinal);

    /// <exception cref="ArgumentException">The key is not a mappable computed key.</exception>
    public static string ToNative(string key, string objectType)
    {
        if (IsMappable(key))
            return Prefix + key;
        if (key is not null && key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Computed property key '{key}' on '{objectType}' already carries HubSpot's '{Prefix}' prefix; " +
                $"pass the canonical key '{key[Prefix.Length..]}' (the connector adds the prefix).", nameof(key));
        }

        throw new ArgumentException($"On '{objectType}': {ComputedPropertyKeys.Describe(key)}.", nameof(key));
    }

    /// <summary><c>crmsync_{key}</c> → key, when the rest is a mappable computed key.</summary>
    public static bool TryToComputed(string native, [NotNullWhen(true)] out string? key)
    {
        key = native.StartsWith(Prefix, StringComparison.Ordinal) ? native[Prefix.Length..] : null;
        if (IsMappable(key))
            return true;
        key = null;
        return false;
    }
}
