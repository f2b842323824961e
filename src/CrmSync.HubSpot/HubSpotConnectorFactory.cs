using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrmSync.HubSpot;

internal sealed class HubSpotConnectorFactory(IHttpClientFactory httpClientFactory, TimeProvider time, ILoggerFactory? loggerFactory = null)
    : IHubSpotConnectorFactory
{
    private readonly ILoggerFactory _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;

    public ICrmConnector Create(string name, HubSpotConnectorOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);

        var prefix = $"CrmSync:Connectors:{name}";
        var problems = HubSpotConnectorOptionsValidator.Validate(prefix, options);
        if (problems.Count > 0)
            throw new OptionsValidationException(name, typeof(HubSpotConnectorOptions), problems);

        var context = new HubSpotConnectorContext(name, Snapshot(options), time, _loggerFactory.CreateLogger<HubSpotConnector>());
        return new HubSpotConnector(context, new HubSpotApiProvider(httpClientFactory, context));
    }

    /// <summary>A private copy: the caller's options object (often a live IOptionsMonitor value) can change later.</summary>
    private static HubSpotConnectorOptions Snapshot(HubSpotConnectorOptions o) => new()
    {
        BaseUrl = o.BaseUrl,
        AccessToken = o.AccessToken,
        ObjectsPathPrefix = o.ObjectsPathPrefix,
        RateLimit = new HubSpotRateLimitOptions
        {
            BurstPer10Seconds = o.RateLimit.BurstPer10Seconds,
            SearchPerSecond = o.RateLimit.SearchPerSecond,
            Utilisation = o.RateLimit.Utilisation,
            DailyReserve = o.RateLimit.DailyReserve,
        },
        Lookback = o.Lookback,
        IndexLag = o.IndexLag,
        AssociationRefreshInterval = o.AssociationRefreshInterval,
        AttemptTimeout = o.AttemptTimeout,
        MaxRetryAttempts = o.MaxRetryAttempts,
        PortalId = o.PortalId,
        AppUrl = o.AppUrl,
        CompanyRevenueProperty = o.CompanyRevenueProperty,
        CompanyContractEndField = o.CompanyContractEndField,
        CompanyUsageField = o.CompanyUsageField,
        Tuning = o.Tuning,
    };
}
