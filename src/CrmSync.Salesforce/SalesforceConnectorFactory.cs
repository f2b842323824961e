using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrmSync.Salesforce;

internal sealed class SalesforceConnectorFactory(IServiceProvider services, TimeProvider time, ILoggerFactory? loggerFactory = null)
    : ISalesforceConnectorFactory
{
    private readonly ILoggerFactory _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;

    public ICrmConnector Create(string name, SalesforceConnectorOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        var problems = SalesforceConnectorOptionsValidator.Validate($"CrmSync:Connectors:{name}", options);
        if (problems.Count > 0)
            throw new OptionsValidationException(name, typeof(SalesforceConnectorOptions), problems);

        var apis = new SalesforceApiProvider(services, time);
        var context = new SalesforceConnectorContext(name, options.Copy(), time, _loggerFactory.CreateLogger<SalesforceConnector>(), apis.Auth);
        return new SalesforceConnector(context, apis);
    }
}
