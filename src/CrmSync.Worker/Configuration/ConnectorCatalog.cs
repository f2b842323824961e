using Microsoft.Extensions.Configuration;

namespace CrmSync.Worker.Configuration;

/// <summary>The names of the configured connectors (the children of <c>CrmSync:Connectors</c>).</summary>
public sealed class ConnectorCatalog(IConfiguration configuration)
{
    public IReadOnlyList<string> Names =>
        configuration.GetSection(ConnectorOptions.Section).GetChildren().Select(c => c.Key).ToList();
}
