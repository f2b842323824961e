using CrmSync.HubSpot.Mapping;

namespace CrmSync.HubSpot;

/// <summary>Checks one connector's options; every problem names the full configuration key.</summary>
public static class HubSpotConnectorOptionsValidator
{
    public const int MaxRetryAttemptsCeiling = 20;

    /// <summary>HubSpot's largest daily budget: Enterprise 1,000,000 plus two limit-increase packs.</summary>
    public const long MaxDailyReserve = 3_000_000;

    /// <param name="configPrefix">The section the options came from, e.g. <c>CrmSync:Connectors:acme</c>.</param>
    public static IReadOnlyList<string> Validate(string configPrefix, HubSpotConnectorOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var problems = new List<string>();
        void Problem(string key, string text) => problems.Add($"{configPrefix}:{key}: {text}");

        if (o.BaseUrl?.Any(char.IsWhiteSpace) == true)
            Problem(nameof(o.BaseUrl), "contains whitespace; a URL has none (spaces inside are written %20)");
        else if (!Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
            Problem(nameof(o.BaseUrl), "must be an absolute http(s) URL");
        else if (!string.IsNullOrEmpty(baseUri.Query) || !string.IsNullOrEmpty(baseUri.Fragment))
            Problem(nameof(o.BaseUrl), "must not contain a query or fragment");

        if (o.CompanyRevenueProperty is { } revenue && !IsPropertyName(revenue))
            Problem(nameof(o.CompanyRevenueProperty), $"must be a HubSpot company property's internal name (lower case letters, digits, _), got '{revenue}'");
        if (o.PortalId is { } portal && (portal.Length == 0 || !portal.All(char.IsAsciiDigit)))
            Problem(nameof(o.PortalId), $"must be the portal's numeric Hub ID, got '{portal}'");
        if (!Uri.TryCreate(o.AppUrl, UriKind.Absolute, out var app) || app.Scheme != Uri.UriSchemeHttps)
            Problem(nameof(o.AppUrl), $"must be an absolute https URL such as https://app.hubspot.com, got '{o.AppUrl}'");

        if (string.IsNullOrWhiteSpace(o.AccessToken))
            problems.Add($"{configPrefix}:{nameof(o.AccessToken)} is required (set it via environment {configPrefix.Replace(":", "__", StringComparison.Ordinal)}__{nameof(o.AccessToken)})");
        else if (o.AccessToken.Any(char.IsWhiteSpace) || o.AccessToken.Any(char.IsControl))
            Problem(nameof(o.AccessToken), "contains whitespace or control characters (check how the secret was pasted; the value is not shown)");

        if (string.IsNullOrWhiteSpace(o.ObjectsPathPrefix) || !o.ObjectsPathPrefix.StartsWith('/') || o.ObjectsPathPrefix.Trim('/').Length == 0
            || o.ObjectsPathPrefix.Contains('?') || o.ObjectsPathPrefix.Contains('#'))
        {
            Problem(nameof(o.ObjectsPathPrefix), "must be a path starting with '/', e.g. /crm/v3/objects");
        }

        // RateLimit is a section: a host binding "RateLimit": null would leave it null.
        if (o.RateLimit is not { } rate)
        {
            Problem(nameof(o.RateLimit), "is required");
        }
        else
        {
            var burstKey = $"{nameof(o.RateLimit)}:{nameof(rate.BurstPer10Seconds)}";
            var utilisationKey = $"{nameof(o.RateLimit)}:{nameof(rate.Utilisation)}";
            if (rate.BurstPer10Seconds is < 1 or > 10_000)
                Problem(burstKey, "must be between 1 and 10000 (190 for Professional/Enterprise, 100 for Free/Starter)");
            if (rate.SearchPerSecond is < 1 or > 100)
                Problem($"{nameof(o.RateLimit)}:{nameof(rate.SearchPerSecond)}", "must be between 1 and 100 (HubSpot allows 5)");
            if (double.IsNaN(rate.Utilisation) || rate.Utilisation is <= 0 or > 1)
                Problem(utilisationKey, "must be greater than 0 and at most 1");
            else if (rate.BurstPer10Seconds >= 1 && (int)Math.Floor(rate.BurstPer10Seconds * rate.Utilisation) < 1)
                Problem(utilisationKey, $"leaves no request per 10 s with this {burstKey}");
        }

        if (o.Lookback < TimeSpan.Zero || o.Lookback > TimeSpan.FromDays(7))
            Problem(nameof(o.Lookback), "must be between 00:00:00 and 7.00:00:00");
        if (o.AttemptTimeout <= TimeSpan.Zero || o.AttemptTimeout > TimeSpan.FromMinutes(10))
            Problem(nameof(o.AttemptTimeout), "must be greater than 00:00:00 and at most 00:10:00");
        if (o.MaxRetryAttempts is < 0 or > MaxRetryAttemptsCeiling)
            Problem(nameof(o.MaxRetryAttempts), $"must be between 0 and {MaxRetryAttemptsCeiling}");
        if (o.IndexLag < TimeSpan.Zero || o.IndexLag > TimeSpan.FromDays(1))
            Problem(nameof(o.IndexLag), "must be between 00:00:00 and 1.00:00:00");
        if (o.AssociationRefreshInterval != TimeSpan.Zero
            && (o.AssociationRefreshInterval < TimeSpan.FromMinutes(1) || o.AssociationRefreshInterval > TimeSpan.FromDays(7)))
        {
            Problem(nameof(o.AssociationRefreshInterval), "must be 00:00:00 (off) or between 00:01:00 and 7.00:00:00");
        }

        if (o.RateLimit is { DailyReserve: < 0 or > MaxDailyReserve })
            Problem($"{nameof(o.RateLimit)}:{nameof(o.RateLimit.DailyReserve)}", $"must be between 0 and {MaxDailyReserve}");

        foreach (var (key, name) in new[] { (nameof(o.CompanyContractEndField), o.CompanyContractEndField), (nameof(o.CompanyUsageField), o.CompanyUsageField) })
        {
            if (name is not null && !HubSpotFieldMaps.IsCustomPropertyName(name))
                Problem(key, $"must be a HubSpot company property's internal name (lowercase letters, digits, _; not one CrmSync already maps), got '{name}'");
        }

        return problems;
    }

    /// <summary>HubSpot internal property names: lower case letters, digits and underscores, starting with a letter.</summary>
    private static bool IsPropertyName(string name) =>
        name.Length is > 0 and <= 100 && char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
