using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using CrmSync.Core.Analysis;

namespace CrmSync.Salesforce.Mapping;

/// <summary>
/// CrmSync's computed keys ↔ Salesforce custom fields, by one rule: <c>CrmSync_</c>, each underscore-separated word
/// of the key with its first letter upper-cased, then <c>__c</c> (<c>days_in_stage</c> → <c>CrmSync_Days_In_Stage__c</c>).
/// Back: drop prefix and suffix, lower-case. Salesforce field names allow no double or trailing underscore and at
/// most 40 characters before <c>__c</c>, so a key must be words of letters and digits joined by single underscores,
/// at most 32 characters long.
/// </summary>
internal static partial class SalesforceComputedNames
{
    public const string Prefix = "CrmSync_";
    public const string Suffix = "__c";
    public const int MaxKeyLength = 40 - 8;

    public static bool IsMappable([NotNullWhen(true)] string? key) =>
        key is not null && ComputedPropertyKeys.IsValid(key) && key.Length <= MaxKeyLength && Words().IsMatch(key) && !key.StartsWith("crmsync_", StringComparison.Ordinal);

    /// <exception cref="ArgumentException">The key cannot be a Salesforce custom field name (the message says why).</exception>
    public static string ToNative(string key, string objectType)
    {
        if (!IsMappable(key))
        {
            var why = !ComputedPropertyKeys.IsValid(key) ? ComputedPropertyKeys.Describe(key)
                : key.StartsWith("crmsync_", StringComparison.Ordinal) ? $"computed property key '{key}' already carries the crmsync_ prefix; pass the key without it"
                : $"computed property key '{key}' cannot name a Salesforce custom field (words of letters and digits joined by single underscores, at most {MaxKeyLength} characters)";
            throw new ArgumentException($"On '{objectType}': {why}.", nameof(key));
        }

        var builder = new StringBuilder(Prefix, Prefix.Length + key.Length + Suffix.Length);
        var upper = true;
        foreach (var c in key)
        {
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = c == '_';
        }

        return builder.Append(Suffix).ToString();
    }

    /// <summary><c>CrmSync_Days_In_Stage__c</c> (any case) → <c>days_in_stage</c>.</summary>
    public static bool TryToComputed(string native, [NotNullWhen(true)] out string? key)
    {
        key = null;
        if (!native.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !native.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)
            || native.Length <= Prefix.Length + Suffix.Length)
        {
            return false;
        }

        var candidate = native[Prefix.Length..^Suffix.Length].ToLowerInvariant();
        if (!IsMappable(candidate))
            return false;
        key = candidate;
        return true;
    }

    [GeneratedRegex(@"^[a-z][a-z0-9]*(_[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
