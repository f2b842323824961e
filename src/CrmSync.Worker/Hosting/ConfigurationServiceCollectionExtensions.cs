using CrmSync.Worker.Configuration;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Hosting;

public static class ConfigurationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>CrmSync</c>, and validates every connector on start (common keys, its kind's keys, each analyzer's
    /// section) with the reader <c>config check</c> uses.
    /// </summary>
    public static IServiceCollection AddCrmSyncConfiguration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrmSyncOptions>().Bind(configuration.GetSection(CrmSyncOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CrmSyncOptions>, CrmSyncOptionsValidator>();
        services.AddSingleton<ConnectorSectionReader>();
        services.AddSingleton<ConfigurationChecker>();
        services.AddSingleton<ConnectorSettingsProvider>();
        services.AddSingleton<IValidateOptions<ConnectorOptions>, ConnectorConfigurationValidator>();
        foreach (var connector in configuration.GetSection(ConnectorOptions.Section).GetChildren())
            services.AddOptions<ConnectorOptions>(connector.Key).Bind(connector).ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
