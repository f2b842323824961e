using CrmSync.Core.Connectors;

namespace CrmSync.Salesforce;

/// <summary>Builds one <see cref="ICrmConnector"/> per Salesforce org from its options.</summary>
public interface ISalesforceConnectorFactory
{
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options fail validation.</exception>
    ICrmConnector Create(string name, SalesforceConnectorOptions options);
}
