using System.Net;
using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Api;
using CrmSync.Salesforce.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace CrmSync.Salesforce;

public static class SalesforceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Salesforce connector kind (<see cref="IConnectorKind"/> <c>Salesforce</c>), its two Refit generated
    /// clients (token endpoint, data API) and <see cref="ISalesforceConnectorFactory"/>. Data handler order, outermost
    /// first: retry (per-connector limits) → concurrency gate → attempt timeout → limit info (Sforce-Limit-Info, 403
    /// REQUEST_LIMIT_EXCEEDED) → access token (session, instance URL, one re-authentication on 401). Safe to call more
    /// than once: the second call adds nothing.
    /// </summary>
    public static IServiceCollection AddSalesforceConnector(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(SalesforceConnectorsMarker)))
            return services;
        services.AddSingleton<SalesforceConnectorsMarker>();
        services.TryAddSingleton(TimeProvider.System);

        var data = services.AddRefitGeneratedClient<ISalesforceDataApi>(SalesforceJson.Settings, SalesforceHttp.DataClientName);
        Configure(data);
        data.AddResilienceHandler(SalesforceHttp.RetryPipelineName, SalesforceResiliencePipelines.ConfigureRetry);
        data.AddHttpMessageHandler(() => new ConcurrencyGateHandler());
        data.AddResilienceHandler(SalesforceHttp.AttemptTimeoutPipelineName, SalesforceResiliencePipelines.ConfigureAttemptTimeout);
        data.AddHttpMessageHandler(() => new LimitInfoHandler());
        data.AddHttpMessageHandler(() => new AccessTokenHandler());
        data.RedactLoggedHeaders(SalesforceHttp.SecretHeaders);

        var auth = services.AddRefitGeneratedClient<ISalesforceAuthApi>(SalesforceJson.Settings, SalesforceHttp.AuthClientName);
        Configure(auth);
        auth.AddResilienceHandler(SalesforceHttp.AuthPipelineName, SalesforceResiliencePipelines.ConfigureRetry);
        auth.AddResilienceHandler(SalesforceHttp.AttemptTimeoutPipelineName, SalesforceResiliencePipelines.ConfigureAttemptTimeout);
        auth.AddHttpMessageHandler(() => new LoginHostHandler());
        auth.RedactLoggedHeaders(SalesforceHttp.SecretHeaders);

        services.TryAddSingleton<ISalesforceConnectorFactory, SalesforceConnectorFactory>();
        // TryAddEnumerable: other kinds register IConnectorKind too, but Salesforce's at most once.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConnectorKind, SalesforceConnectorKind>());
        return services;
    }

    private static void Configure(IHttpClientBuilder http) => http
        .ConfigureHttpClient(client =>
        {
            client.BaseAddress = SalesforceHttp.Placeholder;
            client.Timeout = Timeout.InfiniteTimeSpan;
        })
        .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });

    private sealed class SalesforceConnectorsMarker;
}
