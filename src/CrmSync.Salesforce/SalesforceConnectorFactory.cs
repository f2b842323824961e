using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrmSync.Salesforce;

internal sealed class SalesforceConnectorFactory(IServiceProvider services, TimeProvider time, ILoggerFactory? loggerFactory = null)
    : ISalesforceConnectorFactory
{
    private readonly ILoggerFactory _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;

    public ICrmConnector Create(string name, SalesforceConnectorOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        var problems = SalesforceConnectorOptionsValidator.Validate($"CrmSync:Connectors:{name}", options);
        if (problems.Count > 0)
            throw new OptionsValidationException(name, typeof(SalesforceConnectorOptions), problems);

        var apis = new SalesforceApiProvider(services, time);
        var context = new SalesforceConnectorContext(name, Snapshot(options), time, _loggerFactory.CreateLogger<SalesforceConnector>(), apis.Auth);
        return new SalesforceConnector(context, apis);
    }

    /// <summary>A private copy: the caller's options object (often a live IOptionsMonitor value) can change later.</summary>
    private static SalesforceConnectorOptions Snapshot(SalesforceConnectorOptions o) => new()
    {
        LoginUrl = o.LoginUrl,
        ApiVersion = o.ApiVersion,
        Auth = new SalesforceAuthOptions
        {
            Flow = o.Auth.Flow,
            ClientId = o.Auth.ClientId,
            ClientSecret = o.Auth.ClientSecret,
            Username = o.Auth.Username,
            Audience = o.Auth.Audience,
            PrivateKeyPath = o.Auth.PrivateKeyPath,
            PrivateKeyEnvironmentVariable = o.Auth.PrivateKeyEnvironmentVariable,
            PrivateKeyPassword = o.Auth.PrivateKeyPassword,
        },
        Limits = new SalesforceLimitOptions { DailyReserveShare = o.Limits.DailyReserveShare, MaxConcurrentRequests = o.Limits.MaxConcurrentRequests },
        Lookback = o.Lookback,
        QueryBatchSize = o.QueryBatchSize,
        AttemptTimeout = o.AttemptTimeout,
        MaxRetryAttempts = o.MaxRetryAttempts,
        LockRetries = o.LockRetries,
        LifecycleDateFields = new Dictionary<string, string>(o.LifecycleDateFields ?? [], StringComparer.Ordinal),
        ContractFields = new SalesforceContractFields
        {
            StartDate = o.ContractFields?.StartDate, EndDate = o.ContractFields?.EndDate, TermMonths = o.ContractFields?.TermMonths,
        },
        RecurringAmountField = o.RecurringAmountField,
        CompanyContractEndField = o.CompanyContractEndField,
        CompanyUsageField = o.CompanyUsageField,
        Tuning = o.Tuning,
    };
}
