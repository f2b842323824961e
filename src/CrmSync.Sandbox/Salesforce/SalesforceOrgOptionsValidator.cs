using Microsoft.Extensions.Options;

namespace CrmSync.Sandbox.Salesforce;

/// <summary>Checks <see cref="SalesforceOrgOptions"/>; every failure names the option and the value found.</summary>
public sealed class SalesforceOrgOptionsValidator : IValidateOptions<SalesforceOrgOptions>
{
    public ValidateOptionsResult Validate(string? name, SalesforceOrgOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        void Require(bool ok, string message)
        {
            if (!ok)
            {
                failures.Add(message);
            }
        }

        Require(options.Port is >= 0 and <= 65_535, $"SalesforceSandbox:Port must be 0..65535 (was {options.Port}).");
        Require(options.Records is >= 1 and <= 1_000_000, $"SalesforceSandbox:Records must be 1..1000000 (was {options.Records}).");
        Require(!string.IsNullOrWhiteSpace(options.ClientId), "SalesforceSandbox:ClientId must not be empty.");
        Require(!string.IsNullOrWhiteSpace(options.ClientSecret), "SalesforceSandbox:ClientSecret must not be empty.");
        Require(!string.IsNullOrWhiteSpace(options.Username), "SalesforceSandbox:Username must not be empty.");
        Require(options.InstanceUrl is null || (options.InstanceUrl.IsAbsoluteUri && options.InstanceUrl.Scheme is "http" or "https" && options.InstanceUrl.AbsolutePath == "/"),
            $"SalesforceSandbox:InstanceUrl must be an absolute http(s) URL without a path, e.g. http://127.0.0.1:8080 (was '{options.InstanceUrl?.OriginalString}').");
        Require(options.TokenLifetime > TimeSpan.Zero, $"SalesforceSandbox:TokenLifetime must be positive (was {options.TokenLifetime}).");
        Require(System.Text.RegularExpressions.Regex.IsMatch(options.ApiVersion ?? "", @"^\d{2}\.0$"), $"SalesforceSandbox:ApiVersion must look like 60.0 (was '{options.ApiVersion}').");
        Require(options.QueryCursorIdleTimeout > TimeSpan.Zero, $"SalesforceSandbox:QueryCursorIdleTimeout must be positive (was {options.QueryCursorIdleTimeout}).");
        Require(options.DailyApiLimit >= 1, $"SalesforceSandbox:DailyApiLimit must be >= 1 (was {options.DailyApiLimit}).");
        Require(options.LongRequestLimit >= 1, $"SalesforceSandbox:LongRequestLimit must be >= 1 (was {options.LongRequestLimit}).");
        Require(options.LongRequestThreshold > TimeSpan.Zero, $"SalesforceSandbox:LongRequestThreshold must be positive (was {options.LongRequestThreshold}).");
        Require(options.ReplicationIdLimit >= 1, $"SalesforceSandbox:ReplicationIdLimit must be >= 1 (was {options.ReplicationIdLimit}).");
        Require(options.DuplicateRate is >= 0 and <= 0.5, $"SalesforceSandbox:DuplicateRate must be 0..0.5 (was {options.DuplicateRate}).");
        Require(options.CustomFields is not null, "SalesforceSandbox:CustomFields must be set (an empty list for a bare org).");
        foreach (var (rate, key) in new[] { (options.FaultRate, "FaultRate"), (options.MalformedRate, "MalformedRate"), (options.HtmlErrorRate, "HtmlErrorRate"), (options.SlowRate, "SlowRate") })
        {
            Require(rate is >= 0 and <= 1, $"SalesforceSandbox:{key} must be 0..1 (was {rate}).");
        }

        Require(options.FaultRate + options.MalformedRate + options.HtmlErrorRate + options.SlowRate <= 1, "SalesforceSandbox: FaultRate + MalformedRate + HtmlErrorRate + SlowRate must not exceed 1.");
        Require(options.SlowResponseDelay >= TimeSpan.Zero, $"SalesforceSandbox:SlowResponseDelay must not be negative (was {options.SlowResponseDelay}).");
        Require(options.Latency >= TimeSpan.Zero, $"SalesforceSandbox:Latency must not be negative (was {options.Latency}).");
        Require(options.TimeProvider is not null, "SalesforceSandbox:TimeProvider must be set.");
        Require(options.RequestLogCapacity >= 0, $"SalesforceSandbox:RequestLogCapacity must be >= 0 (was {options.RequestLogCapacity}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every failure.</summary>
    public static void ThrowIfInvalid(SalesforceOrgOptions options)
    {
        var result = new SalesforceOrgOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(SalesforceOrgOptions), result.Failures);
        }
    }
}
