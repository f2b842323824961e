using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Health;
using CrmSync.Worker.Jobs;
using Hangfire;

namespace CrmSync.Worker.Hosting;

/// <summary>Builds the one host every command uses, eShop style: one AddXxx per feature.</summary>
public static class CrmSyncHost
{
    public static WebApplication Build(HostSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = settings.Args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (settings.ConfigFile is not null)
            builder.Configuration.AddJsonFile(Path.GetFullPath(settings.ConfigFile), optional: false, reloadOnChange: false);
        if (settings.Overrides is not null)
            builder.Configuration.AddInMemoryCollection(settings.Overrides);
        if (settings.Urls is not null)
            builder.WebHost.UseUrls(settings.Urls);

        var configuration = builder.Configuration;
        builder.Services.AddCrmSyncConfiguration(configuration);
        builder.Services.AddCrmSyncStorage(new StorageOptions
        {
            PostgresConnectionString = configuration.GetConnectionString(HangfireServiceCollectionExtensions.ConnectionStringName),
            DataDirectory = configuration[$"{CrmSyncOptions.Section}:{nameof(CrmSyncOptions.DataDirectory)}"] ?? "data",
        });
        builder.Services.AddHostedService<StoreInitializer>();
        builder.Services.AddCrmSyncHangfire(configuration, settings.Server);
        builder.Services.AddCrmSyncPlugins();
        builder.Services.AddCrmSyncJobs();
        builder.Services.AddCrmSyncHealth();
        if (settings.Server)
            builder.Services.AddHostedService<RecurringJobRegistrarService>();
        settings.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        if (settings.Web)
        {
            app.MapCrmSyncHealth();
            app.MapRunHistory();
            app.MapHangfireDashboard("/hangfire", new DashboardOptions
            {
                DashboardTitle = "CrmSync",
                DisplayStorageConnectionString = false,
            });
        }

        return app;
    }
}
