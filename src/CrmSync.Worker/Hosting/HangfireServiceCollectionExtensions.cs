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
            var workers = configuration.GetSection(CrmSyncOptions.Section).GetValue(nameof(CrmSyncOptions.WorkerCount), 2);
            services.AddHangfireServer(o =>
            {
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
                o.Queues = ["default"];
                o.WorkerCount = workers;
                o.ShutdownTimeout = TimeSpan.FromSeconds(45);
            });
            services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(60));
        }

        return services;
    }
}
