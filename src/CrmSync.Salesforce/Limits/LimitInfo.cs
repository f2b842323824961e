using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmSync.Salesforce.Limits;

/// <summary>
/// The org-wide daily usage in <c>Sforce-Limit-Info</c>: <c>api-usage=18/5000</c>, possibly followed by
/// <c>api-bursts=…</c> or <c>per-app-api-usage=…(appName=…)</c> (salesforce-api.md §10.2). Parsed item by item with
/// a tolerant pattern, as simple-salesforce does; only <c>api-usage</c> is the org's allocation.
/// </summary>
internal static partial class LimitInfo
{
    public static (long Used, long Max)? Parse(string? header)
    {
        if (string.IsNullOrEmpty(header))
            return null;
        foreach (Match match in Item().Matches(header))
        {
            if (match.Groups["name"].Value == "api-usage"
                && long.TryParse(match.Groups["used"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var used)
                && long.TryParse(match.Groups["max"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0)
            {
                return (used, max);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![a-z-])(?<name>[a-z-]+)=(?<used>\d+)/(?<max>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
