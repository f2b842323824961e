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

        var context = new HubSpotConnectorContext(name, options.Copy(), time, _loggerFactory.CreateLogger<HubSpotConnector>());
        return new HubSpotConnector(context, new HubSpotApiProvider(httpClientFactory, context));
    }
}
