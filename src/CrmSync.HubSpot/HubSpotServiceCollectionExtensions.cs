using System.Net;
using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmSync.HubSpot;

public static class HubSpotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the HubSpot connector kind (<see cref="IConnectorKind"/> <c>HubSpot</c>), the shared HubSpot HTTP
    /// pipeline and <see cref="IHubSpotConnectorFactory"/>. Handler order, outermost first: retry (per-connector
    /// limits) → rate limiter (per-connector budget) → attempt timeout → call counter → bearer token. Safe to call
    /// more than once: the second call adds nothing.
    /// </summary>
    public static IServiceCollection AddHubSpotConnector(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(HubSpotConnectorsMarker)))
            return services;
        services.AddSingleton<HubSpotConnectorsMarker>();

        services.TryAddSingleton(TimeProvider.System);
        var http = services.AddHttpClient(HubSpotHttp.ClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        http.AddResilienceHandler(HubSpotHttp.RetryPipelineName, HubSpotResiliencePipelines.ConfigureRetry);
        http.AddHttpMessageHandler(() => new RateLimitHandler());
        http.AddResilienceHandler(HubSpotHttp.AttemptTimeoutPipelineName, HubSpotResiliencePipelines.ConfigureAttemptTimeout);
        http.AddHttpMessageHandler(() => new ApiCallCountingHandler());
        http.AddHttpMessageHandler(() => new BearerTokenHandler());
        // The factory's logging handlers print headers at Trace, the innermost one after the bearer token is set. Say
        // which values are secret here rather than rely on the runtime's default (which changed across versions):
        // rate-limit headers stay readable, credentials never appear.
        http.RedactLoggedHeaders(HubSpotHttp.SecretHeaders);

        services.TryAddSingleton<IHubSpotConnectorFactory, HubSpotConnectorFactory>();
        // TryAddEnumerable: other kinds register IConnectorKind too, but HubSpot's at most once.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConnectorKind, HubSpotConnectorKind>());
        return services;
    }

    private sealed class HubSpotConnectorsMarker;
}
