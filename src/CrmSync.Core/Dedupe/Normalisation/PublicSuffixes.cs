namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// Multi-label public suffixes under which companies register names (acme.co.uk). A curated subset of the Public
/// Suffix List for the markets CrmSync serves; any other domain is treated as name + one-label suffix.
/// </summary>
internal static class PublicSuffixes
{
    private static readonly string[] SecondLevels = ["co", "com", "net", "org", "gov", "edu", "ac", "ltd", "plc", "me", "sch", "nhs", "police", "mil", "or", "ne", "go", "gob", "gouv", "biz", "info", "asn", "id", "nom", "firm", "gen", "ind", "res", "web"];

    private static readonly string[] CountryCodes = ["uk", "au", "nz", "jp", "in", "br", "mx", "za", "cn", "sg", "hk", "tw", "kr", "my", "id", "th", "ph", "vn", "ar", "co", "pe", "cl", "ve", "tr", "il", "eg", "sa", "ae", "pk", "ng", "ke", "ua", "pl", "es", "fr", "it", "at", "be", "gr", "pt", "ru", "cy", "mt", "ec", "uy", "py", "bo", "do", "gt", "sv", "hn", "ni", "cr", "pa", "pr", "jm", "tt", "bd", "lk", "np", "qa", "kw", "bh", "om", "jo", "lb", "ma", "tn", "dz", "gh", "tz", "ug", "zw", "zm", "na", "bw", "mu"];

    private static readonly HashSet<string> Suffixes = BuildSuffixes();

    public static bool IsMultiLabelSuffix(string suffix) => Suffixes.Contains(suffix);

    private static HashSet<string> BuildSuffixes()
    {
        var suffixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in CountryCodes)
        {
            foreach (var second in SecondLevels)
            {
                suffixes.Add($"{second}.{country}");
            }
        }

        string[] others = ["github.io", "herokuapp.com", "azurewebsites.net", "cloudfront.net", "appspot.com", "blogspot.com", "wordpress.com", "wixsite.com", "myshopify.com", "squarespace.com", "netlify.app", "vercel.app", "pages.dev", "web.app", "firebaseapp.com"];
        suffixes.UnionWith(others);
        return suffixes;
    }
}
