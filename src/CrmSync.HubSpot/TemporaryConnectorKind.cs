using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.HubSpot;

// Temporary until the HubSpot branch lands; deleted at merge.
internal sealed class TemporaryConnectorKind(IHubSpotConnectorFactory factory) : IConnectorKind
{
    public string Kind => "HubSpot";
    public Type OptionsType => typeof(HubSpotConnectorOptions);
    public IReadOnlyList<string> ObjectTypes { get; } = [CrmObjectTypes.Contacts, CrmObjectTypes.Companies, CrmObjectTypes.Deals];
    public IReadOnlyList<string> Validate(string sectionPath, object options) => HubSpotConnectorOptionsValidator.Validate(sectionPath, (HubSpotConnectorOptions)options);
    public ICrmConnector Create(string name, object options) => factory.Create(name, (HubSpotConnectorOptions)options);
}

public static class TemporaryRegistration
{
    public static IServiceCollection AddHubSpotConnector(this IServiceCollection services)
    {
        services.AddHubSpotConnectors();
        services.AddSingleton<IConnectorKind, TemporaryConnectorKind>();
        return services;
    }
}
