using CrmSync.HubSpot;
using CrmSync.Salesforce;
using CrmSync.Worker.Analysis;

namespace CrmSync.Worker.Hosting;

public static class PluginServiceCollectionExtensions
{
    /// <summary>The composition root's one list of plug-ins: the connector kinds and the analyzers CrmSync ships.</summary>
    public static IServiceCollection AddCrmSyncPlugins(this IServiceCollection services) => services
        .AddHubSpotConnector()
        .AddSalesforceConnector()
        .AddCrmSyncAnalyzers();
}
