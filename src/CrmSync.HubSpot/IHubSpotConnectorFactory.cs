using CrmSync.Core.Connectors;

namespace CrmSync.HubSpot;

/// <summary>Builds HubSpot connectors; each has its own base URL, token, rate budget and counters.</summary>
public interface IHubSpotConnectorFactory
{
    /// <param name="name">The connector's name, the child key of <c>CrmSync:Connectors</c>.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options fail <see cref="HubSpotConnectorOptionsValidator"/>.</exception>
    ICrmConnector Create(string name, HubSpotConnectorOptions options);
}
