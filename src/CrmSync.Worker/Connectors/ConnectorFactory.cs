using System.Collections.Concurrent;
using CrmSync.Core.Connectors;
using CrmSync.Worker.Configuration;

namespace CrmSync.Worker.Connectors;

/// <summary>
/// One connector instance per configured name for the life of the process, so that its rate budget is shared by every
/// job that runs for it. The connector's kind builds it from its own options.
/// </summary>
public sealed class ConnectorFactory(ConnectorSettingsProvider settings) : ICrmConnectorFactory
{
    private readonly ConcurrentDictionary<string, ICrmConnector> _connectors = new(StringComparer.Ordinal);

    public ICrmConnector Get(string name) => _connectors.GetOrAdd(name, Create);

    private ICrmConnector Create(string name)
    {
        var connector = settings.Get(name);
        return connector.Kind.Create(name, connector.KindOptions);
    }
}
