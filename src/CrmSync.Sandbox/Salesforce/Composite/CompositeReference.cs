using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CrmSync.Sandbox.Salesforce.Composite;

/// <summary>
/// <c>@{referenceId.path}</c> references between composite subrequests (salesforce-api.md §8.3): the path walks the
/// earlier subrequest's JSON body (<c>records[0].Id</c>, <c>id</c>).
/// </summary>
internal static partial class CompositeReference
{
    public static IEnumerable<string> Names(string text) => Pattern().Matches(text).Select(m => m.Groups["name"].Value);

    /// <summary>Replaces every reference in <paramref name="text"/>; false (with the expression) when one has no value.</summary>
    public static bool TryReplace(string text, IReadOnlyDictionary<string, JsonElement> results, out string replaced, out string failed)
    {
        var missing = "";
        replaced = Pattern().Replace(text, match =>
        {
            if (Resolve(match, results) is { } value)
            {
                return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            }

            missing = match.Groups["expr"].Value;
            return match.Value;
        });
        failed = missing;
        return missing.Length == 0;
    }

    /// <summary>A body string that is exactly one reference takes the referenced JSON value as is (number, boolean, ...).</summary>
    public static JsonElement? WholeValue(string text, IReadOnlyDictionary<string, JsonElement> results) =>
        Pattern().Match(text) is { Success: true } match && match.Length == text.Length ? Resolve(match, results) : null;

    private static JsonElement? Resolve(Match match, IReadOnlyDictionary<string, JsonElement> results)
    {
        if (!results.TryGetValue(match.Groups["name"].Value, out var current))
        {
            return null;
        }

        foreach (Match step in Step().Matches(match.Groups["path"].Value))
        {
            if (step.Groups["field"].Success)
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step.Groups["field"].Value, out current))
                {
                    return null;
                }
            }
            else
            {
                var index = int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture);
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                {
                    return null;
                }

                current = current[index];
            }
        }

        return current.ValueKind == JsonValueKind.Null ? null : current;
    }

    [GeneratedRegex(@"@\{(?<expr>(?<name>[A-Za-z0-9_]+)(?<path>(\.[A-Za-z0-9_]+|\[\d+\])*))\}")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\.(?<field>[A-Za-z0-9_]+)|\[(?<index>\d+)\]")]
    private static partial Regex Step();
}
