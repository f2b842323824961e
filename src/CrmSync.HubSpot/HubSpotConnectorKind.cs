using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Mapping;

namespace CrmSync.HubSpot;

/// <summary>
/// The HubSpot plug-in the host finds among its <see cref="IConnectorKind"/>s (registered by
/// <see cref="HubSpotServiceCollectionExtensions.AddHubSpotConnector"/>): <c>Kind: HubSpot</c> connectors bind
/// <see cref="HubSpotConnectorOptions"/>, are checked by <see cref="HubSpotConnectorOptionsValidator"/> and built by
/// <see cref="IHubSpotConnectorFactory"/>.
/// </summary>
public sealed class HubSpotConnectorKind(IHubSpotConnectorFactory factory) : IConnectorKind
{
    public const string KindName = "HubSpot";

    public string Kind => KindName;

    public Type OptionsType => typeof(HubSpotConnectorOptions);

    /// <summary>contacts, companies, deals: HubSpot has no lead object for CrmSync.</summary>
    public IReadOnlyList<string> ObjectTypes => HubSpotFieldMaps.ObjectTypes;

    public IReadOnlyList<string> Validate(string sectionPath, object options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionPath);
        return HubSpotConnectorOptionsValidator.Validate(sectionPath, Cast(options));
    }

    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options fail validation.</exception>
    public ICrmConnector Create(string name, object options) => factory.Create(name, Cast(options));

    private static HubSpotConnectorOptions Cast(object options) => options switch
    {
        HubSpotConnectorOptions hubSpot => hubSpot,
        null => throw new ArgumentNullException(nameof(options)),
        _ => throw new ArgumentException(
            $"The HubSpot connector kind takes {nameof(HubSpotConnectorOptions)}, not {options.GetType().Name}.", nameof(options)),
    };
}
