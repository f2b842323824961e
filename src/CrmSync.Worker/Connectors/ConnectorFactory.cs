using System.Collections.Concurrent;
using CrmSync.Core.Connectors;
using CrmSync.HubSpot;
using CrmSync.Worker.Configuration;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Connectors;

/// <summary>
/// One connector instance per configured name for the life of the process, so that its rate budget is shared by every
/// job that runs for it.
/// </summary>
public sealed class ConnectorFactory(IOptionsMonitor<ConnectorOptions> options, IHubSpotConnectorFactory hubSpot)
    : ICrmConnectorFactory
{
    private readonly ConcurrentDictionary<string, ICrmConnector> _connectors = new(StringComparer.Ordinal);

    public ICrmConnector Get(string name) => _connectors.GetOrAdd(name, Create);

    private ICrmConnector Create(string name)
    {
        var o = options.Get(name);
        return o.Kind switch
        {
            ConnectorKind.HubSpot => hubSpot.Create(name, ToHubSpot(o)),
            _ => throw new InvalidOperationException(
                $"{ConnectorOptions.Section}:{name}:Kind: connector '{name}' is not configured or has no Kind"),
        };
    }

    private static HubSpotConnectorOptions ToHubSpot(ConnectorOptions o) => new()
    {
        BaseUrl = o.BaseUrl!,
        AccessToken = o.AccessToken,
        BurstLimitPer10Seconds = o.RateLimit.BurstPer10Seconds,
        SearchLimitPerSecond = o.RateLimit.SearchPerSecond,
        BudgetUtilisation = o.RateLimit.Utilisation,
        Lookback = o.Lookback,
    };
}
