using System.Text.RegularExpressions;

namespace CrmSync.Core.Analysis;

/// <summary>
/// CrmSync writes only its own <c>crmsync_</c> properties: HubSpot names are lowercase letters, digits and
/// underscores, at most 100 characters (hubspot-api.md §6).
/// </summary>
public static partial class ComputedPropertyNames
{
    public const string Prefix = "crmsync_";

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    // \z, not $: $ also matches before a trailing newline.
    [GeneratedRegex(@"^crmsync_[a-z0-9_]{1,92}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
