using CrmSync.Worker.Configuration;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;

namespace CrmSync.Worker.Hosting;

public static class HangfireServiceCollectionExtensions
{
    public const string ConnectionStringName = ConnectionStringCheck.Name;

    /// <summary>
    /// Hangfire on PostgreSQL when <c>ConnectionStrings:CrmSync</c> is set, else in memory. With <paramref name="server"/>
    /// the process also runs jobs.
    /// </summary>
    public static IServiceCollection AddCrmSyncHangfire(this IServiceCollection services, IConfiguration configuration, bool server)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        services.AddHangfire(cfg =>
        {
            cfg.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                cfg.UseInMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long });
                return;
            }

            cfg.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromSeconds(15),
                EnableLongPolling = true,
                InvisibilityTimeout = TimeSpan.FromMinutes(5),
                UseSlidingInvisibilityTimeout = true,
                // No DistributedLockTimeout here: one run per connector is the record store's lease (ConnectorLock),
                // renewed while the run lasts, not a Hangfire lock that must outlive the longest job.
            });
        });

        if (server)
        {
            var section = configuration.GetSection(CrmSyncOptions.Section);
            var workers = section.GetValue(nameof(CrmSyncOptions.WorkerCount), 2);
            // On SIGTERM/SIGINT Hangfire cancels the running jobs at once (each records its run Cancelled with the
            // checkpoint of its last stored page) and waits this long for them; the host waits a little longer, and
            // Kubernetes' terminationGracePeriodSeconds longer still (the chart sets it 15 s above).
            var shutdown = ShutdownTimeout(section);
            services.AddHangfireServer(o =>
            {
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
                o.Queues = ["default"];
                o.WorkerCount = workers;
                o.ShutdownTimeout = shutdown;
            });
            services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdown + TimeSpan.FromSeconds(5));
        }

        return services;
    }

    /// <summary><c>CrmSync:ShutdownTimeout</c>; an unreadable value is reported by config check, which runs first.</summary>
    private static TimeSpan ShutdownTimeout(IConfigurationSection section)
    {
        var text = section[nameof(CrmSyncOptions.ShutdownTimeout)];
        return TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : new CrmSyncOptions().ShutdownTimeout;
    }
}
