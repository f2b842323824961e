using CrmSync.Storage;
using CrmSync.Worker.Dashboard;
using CrmSync.Worker.Access;
using CrmSync.Worker.Health;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Metrics;
using CrmSync.Worker.Telemetry;
using Hangfire;
using Hangfire.Dashboard;

namespace CrmSync.Worker.Hosting;

/// <summary>Builds the one host every command uses, eShop style: one AddXxx per feature.</summary>
public static class CrmSyncHost
{
    public static WebApplication Build(HostSettings settings)
    {
        var builder = ReadConfiguration(settings);
        if (settings.Overrides is not null)
            builder.Configuration.AddInMemoryCollection(settings.Overrides);
        if (settings.Urls is not null)
            builder.WebHost.UseUrls(settings.Urls);

        // Logs never mix with a command's output (--json above all): every level goes to stderr.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // The host's one error is "Hosting failed to start" with a stack trace: HostStartup reports that failure as
        // one line and logs its trace at debug level.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        var configuration = builder.Configuration;
        builder.Services.AddCrmSyncConfiguration(configuration);
        builder.Services.AddCrmSyncPlugins();
        if (settings.ConfigurationOnly)
            return builder.Build();

        var storage = StorageTarget.From(configuration);
        builder.Services.AddSingleton(storage);
        builder.Services.AddCrmSyncStorage(storage.Options);
        builder.Services.AddHostedService<StoreInitializer>();
        builder.Services.AddCrmSyncHangfire(configuration, settings.Server);
        builder.Services.AddCrmSyncJobs();
        builder.Services.AddCrmSyncMetrics();
        builder.Services.AddCrmSyncHealth();
        builder.Services.AddCrmSyncTelemetry(configuration, settings.Web);
        if (settings.Server)
            builder.Services.AddHostedService<RecurringJobRegistrarService>();
        // Hangfire's dashboard checks every POST (trigger, requeue, delete) against ASP.NET Core's antiforgery token
        // once the service exists; without it, any page could make a local browser run jobs.
        if (settings.Web)
        {
            builder.Services.AddAntiforgery();
            builder.Services.AddCrmSyncDataProtection(configuration, storage.Options);
            builder.Services.AddCrmSyncPage();
            builder.Services.AddCrmSyncAccess(configuration);
        }

        settings.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        if (settings.Web)
        {
            app.UseCrmSyncAccess();
            app.MapCrmSyncHealth();
            app.MapRunHistory();
            app.MapMetrics();
            app.MapConnectorStatus();
            app.MapCrmSyncMetrics();
            app.MapHangfireDashboard("/hangfire", new DashboardOptions
            {
                DashboardTitle = "CrmSync",
                DisplayStorageConnectionString = false,
                Authorization = [new DashboardAccess()],
                IsReadOnlyFunc = context => DashboardAccess.IsReadOnly(context.GetHttpContext()),
            });
        }

        return app;
    }

    /// <summary>The configuration alone, layered as every command reads it (for commands that need no host).</summary>
    public static IConfiguration ReadConfiguration(string? configFile) => ReadConfiguration(new HostSettings([], configFile)).Configuration;

    /// <summary>appsettings*.json, the environment, then the --config file; a missing or malformed file is a <see cref="StartupException"/>.</summary>
    private static WebApplicationBuilder ReadConfiguration(HostSettings settings)
    {
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                Args = settings.Args,
                ContentRootPath = AppContext.BaseDirectory,
            });
            if (settings.ConfigFile is not null)
                builder.Configuration.AddJsonFile(Path.GetFullPath(settings.ConfigFile), optional: false, reloadOnChange: false);
            return builder;
        }
        catch (FileNotFoundException) when (settings.ConfigFile is not null)
        {
            throw new StartupException($"--config {settings.ConfigFile}: the file {Path.GetFullPath(settings.ConfigFile)} does not exist");
        }
        catch (InvalidDataException e)
        {
            // "Failed to load configuration from file '…'." with the JSON reader's line and position inside.
            throw new StartupException($"{e.Message.TrimEnd('.')}: {e.InnerException?.Message}", e);
        }
    }
}
