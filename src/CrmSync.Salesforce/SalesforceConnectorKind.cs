using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Mapping;

namespace CrmSync.Salesforce;

/// <summary>
/// The Salesforce plug-in the host finds among its <see cref="IConnectorKind"/>s (registered by
/// <see cref="SalesforceServiceCollectionExtensions.AddSalesforceConnector"/>): <c>Kind: Salesforce</c> connectors bind
/// <see cref="SalesforceConnectorOptions"/>, are checked by <see cref="SalesforceConnectorOptionsValidator"/> and built
/// by <see cref="ISalesforceConnectorFactory"/>.
/// </summary>
public sealed class SalesforceConnectorKind(ISalesforceConnectorFactory factory) : IConnectorKind
{
    public const string KindName = "Salesforce";

    public string Kind => KindName;

    public Type OptionsType => typeof(SalesforceConnectorOptions);

    /// <summary>contacts (Contact), leads (Lead), companies (Account), deals (Opportunity).</summary>
    public IReadOnlyList<string> ObjectTypes => SalesforceObjectMaps.ObjectTypes;

    /// <summary>Auto-merge is not offered for Salesforce: <c>Dedupe:AutoMerge:Enabled</c> is refused on start-up.</summary>
    public bool CanMerge => false;

    public IReadOnlyList<string> Validate(string sectionPath, object options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionPath);
        return SalesforceConnectorOptionsValidator.Validate(sectionPath, Cast(options));
    }

    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options fail validation.</exception>
    public ICrmConnector Create(string name, object options) => factory.Create(name, Cast(options));

    private static SalesforceConnectorOptions Cast(object options) => options switch
    {
        SalesforceConnectorOptions salesforce => salesforce,
        null => throw new ArgumentNullException(nameof(options)),
        _ => throw new ArgumentException(
            $"The Salesforce connector kind takes {nameof(SalesforceConnectorOptions)}, not {options.GetType().Name}.", nameof(options)),
    };
}
