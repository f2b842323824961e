using System.Text.RegularExpressions;
using CrmSync.Core.Schema;

namespace CrmSync.Core.Analysis;

/// <summary>
/// The canonical keys of the properties CrmSync computes (<c>days_in_stage</c>): lowercase snake case, never a
/// <see cref="CanonicalFields"/> key. Each connector turns a key into its CRM's name by its own rule
/// (<c>crmsync_days_in_stage</c> in HubSpot, a custom field in Salesforce) and back on pull.
/// </summary>
public static partial class ComputedPropertyKeys
{
    public const int MaxLength = 40;

    public static bool IsValid(string? key) => key is not null && Pattern().IsMatch(key) && !CanonicalFields.IsCanonical(key);

    public static string Describe(string? key) =>
        $"computed property key '{key}' is invalid: it must match ^[a-z][a-z0-9_]{{0,{MaxLength - 1}}}$ and not be a canonical field";

    // \z, not $: $ also matches before a trailing newline.
    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,39}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
