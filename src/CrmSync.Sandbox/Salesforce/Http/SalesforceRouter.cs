using System.Text.RegularExpressions;

namespace CrmSync.Sandbox.Salesforce.Http;

/// <summary>
/// Matches /services/data/vNN.N/... paths against the route table. One router serves HTTP requests and composite
/// subrequests alike, which is why the fake does its own routing under a single catch-all ASP.NET endpoint.
/// </summary>
internal sealed partial class SalesforceRouter(IReadOnlyList<SalesforceRoute> routes)
{
    public IReadOnlyList<SalesforceRoute> Routes => routes;

    /// <summary>Splits "/services/data/v60.0/a/b" into the version and the segments after it; false for other paths.</summary>
    public static bool TrySplit(string path, out string version, out string[] segments)
    {
        version = "";
        segments = [];
        var match = DataPath().Match(path);
        if (!match.Success)
        {
            return false;
        }

        version = match.Groups["version"].Value;
        segments = match.Groups["rest"].Value.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        return true;
    }

    public SalesforceRoute? Match(string method, string[] segments, out Dictionary<string, string> values)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        SalesforceRoute? best = null;
        var bestLiterals = -1;
        foreach (var route in routes)
        {
            if (!string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase) || route.Segments.Length != segments.Length)
            {
                continue;
            }

            var literals = 0;
            var ok = true;
            for (var i = 0; i < segments.Length && ok; i++)
            {
                var part = route.Segments[i];
                if (part.StartsWith('{'))
                {
                    continue;
                }

                ok = string.Equals(part, segments[i], StringComparison.OrdinalIgnoreCase);
                literals++;
            }

            if (ok && literals > bestLiterals)
            {
                best = route;
                bestLiterals = literals;
            }
        }

        if (best is not null)
        {
            for (var i = 0; i < segments.Length; i++)
            {
                if (best.Segments[i].StartsWith('{'))
                {
                    values[best.Segments[i].Trim('{', '}')] = segments[i];
                }
            }
        }

        return best;
    }

    [GeneratedRegex(@"^/services/data/v(?<version>\d{2,3}\.\d)(?:/(?<rest>.*))?$")]
    private static partial Regex DataPath();
}
