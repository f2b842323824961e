using CrmSync.Worker.Configuration;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Hosting;

public static class ConfigurationServiceCollectionExtensions
{
    /// <summary>Binds <c>CrmSync</c> and one named <see cref="ConnectorOptions"/> per connector, validated on start.</summary>
    public static IServiceCollection AddCrmSyncConfiguration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrmSyncOptions>().Bind(configuration.GetSection(CrmSyncOptions.Section));
        services.AddSingleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>();
        foreach (var connector in configuration.GetSection(ConnectorOptions.Section).GetChildren())
        {
            services.AddOptions<ConnectorOptions>(connector.Key).Bind(connector).ValidateOnStart();
        }

        services.AddSingleton<ConnectorCatalog>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
