using System.Text.RegularExpressions;

namespace CrmSync.Salesforce;

/// <summary>Checks one connector's options; every problem names the full configuration key.</summary>
public static partial class SalesforceConnectorOptionsValidator
{
    public const int MaxRetryAttemptsCeiling = 20;

    /// <param name="configPrefix">The section the options came from, e.g. <c>CrmSync:Connectors:acme</c>.</param>
    public static IReadOnlyList<string> Validate(string configPrefix, SalesforceConnectorOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var problems = new List<string>();
        void Problem(string key, string text) => problems.Add($"{configPrefix}:{key}: {text}");

        if (!IsHttpUrl(o.LoginUrl))
            Problem(nameof(o.LoginUrl), "must be an absolute http(s) URL without query or fragment, e.g. https://login.salesforce.com or https://acme.my.salesforce.com");
        if (string.IsNullOrWhiteSpace(o.ApiVersion) || !ApiVersionPattern().IsMatch(o.ApiVersion))
            Problem(nameof(o.ApiVersion), $"must look like 60.0, got '{o.ApiVersion}'");
        if (o.Auth is null)
            Problem(nameof(o.Auth), "is required");
        else
            SalesforceAuthOptionsValidator.Validate(configPrefix, o.Auth, Problem);

        if (o.Limits is not { } limits)
        {
            Problem(nameof(o.Limits), "is required");
        }
        else
        {
            if (double.IsNaN(limits.DailyReserveShare) || limits.DailyReserveShare is < 0 or > 0.9)
                Problem($"{nameof(o.Limits)}:{nameof(limits.DailyReserveShare)}", "must be between 0 and 0.9 (the share of the org's daily API allocation left to others)");
            if (limits.MaxConcurrentRequests is < 1 or > 25)
                Problem($"{nameof(o.Limits)}:{nameof(limits.MaxConcurrentRequests)}", "must be between 1 and 25 (Salesforce allows 25 long-running requests per org, 5 in Developer orgs)");
        }

        if (o.Lookback < TimeSpan.Zero || o.Lookback > TimeSpan.FromDays(1))
            Problem(nameof(o.Lookback), "must be between 00:00:00 and 1.00:00:00");
        if (o.QueryBatchSize is < 200 or > 2_000)
            Problem(nameof(o.QueryBatchSize), "must be between 200 and 2000 (Salesforce's batchSize range)");
        if (o.AttemptTimeout <= TimeSpan.Zero || o.AttemptTimeout > TimeSpan.FromMinutes(10))
            Problem(nameof(o.AttemptTimeout), "must be greater than 00:00:00 and at most 00:10:00 (Salesforce ends a call after 10 minutes)");
        if (o.MaxRetryAttempts is < 0 or > MaxRetryAttemptsCeiling)
            Problem(nameof(o.MaxRetryAttempts), $"must be between 0 and {MaxRetryAttemptsCeiling}");
        if (o.LockRetries is < 0 or > 10)
            Problem(nameof(o.LockRetries), "must be between 0 and 10");
        foreach (var (stage, field) in (o.LifecycleDateFields ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!LifecycleStagePattern().IsMatch(stage))
                Problem($"{nameof(o.LifecycleDateFields)}:{stage}", "must be a lifecycle stage in lower case (lead, marketingqualifiedlead, salesqualifiedlead, opportunity, customer, …)");
            else if (!IsFieldName(field))
                Problem($"{nameof(o.LifecycleDateFields)}:{stage}", $"must name a Lead/Contact date field such as MQL_Date__c, got '{field}'");
        }

        var contract = o.ContractFields ?? new SalesforceContractFields();
        foreach (var (key, field) in new[]
        {
            ($"{nameof(o.ContractFields)}:{nameof(contract.StartDate)}", contract.StartDate), ($"{nameof(o.ContractFields)}:{nameof(contract.EndDate)}", contract.EndDate),
            ($"{nameof(o.ContractFields)}:{nameof(contract.TermMonths)}", contract.TermMonths), (nameof(o.RecurringAmountField), o.RecurringAmountField),
        })
        {
            if (field is not null && !IsFieldName(field))
                Problem(key, $"must name an Opportunity field such as Contract_End__c or MRR__c, got '{field}'");
        }

        foreach (var (key, name) in new[] { (nameof(o.CompanyContractEndField), o.CompanyContractEndField), (nameof(o.CompanyUsageField), o.CompanyUsageField) })
        {
            if (name is not null && !Mapping.SalesforceObjectMaps.IsAccountFieldName(name))
                Problem(key, $"must be an Account field's API name (letters, digits, single underscores, e.g. Contract_End_Date__c; not one CrmSync already maps), got '{name}'");
        }

        return problems;
    }

    internal static bool IsHttpUrl(string? value) =>
        value is not null && !value.Any(char.IsWhiteSpace)
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);

    private static bool IsFieldName(string? field) => field is not null && FieldNamePattern().IsMatch(field);

    [GeneratedRegex(@"^[a-z]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex LifecycleStagePattern();

    /// <summary>A Salesforce API field name: letters, digits and underscores, starting with a letter (custom ones end in __c).</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]{0,79}\z", RegexOptions.CultureInvariant)]
    private static partial Regex FieldNamePattern();

    [GeneratedRegex(@"^[1-9][0-9]\.0\z", RegexOptions.CultureInvariant)]
    private static partial Regex ApiVersionPattern();
}
