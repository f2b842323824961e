using CrmSync.Worker.Configuration;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;

namespace CrmSync.Worker.Hosting;

public static class HangfireServiceCollectionExtensions
{
    public const string ConnectionStringName = ConnectionStringCheck.Name;

    public const string SchemaName = "hangfire";

    /// <summary>
    /// How often the recurring and delayed-job schedulers look for due jobs: the most a staggered schedule starts late
    /// for this reason (Hangfire's default, 15 s, would be a quarter of a minute on every run).
    /// </summary>
    public static readonly TimeSpan SchedulePollingInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Workers when <c>CrmSync:WorkerCount</c> is 0. On PostgreSQL (shared by replicas, many connectors) a run is mostly
    /// waiting on the CRM, so a process runs several at once and a connector that waits out a rate limit or a retry
    /// delay holds one worker, not the queue; the store's one-run-per-connector lease keeps a connector's runs apart.
    /// The embedded SQLite store has one writer, so more workers there would only queue on its lock.
    /// </summary>
    public static int AutomaticWorkers(bool postgres) => postgres ? 10 : 2;

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

            var installed = HangfireSchema.TryInstall(connectionString, SchemaName);
            cfg.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
            {
                SchemaName = SchemaName,
                PrepareSchemaIfNecessary = !installed,
                QueuePollInterval = TimeSpan.FromSeconds(15),
                EnableLongPolling = true,
                // A live worker keeps extending its job's invisibility; a replica killed mid-job stops doing so, and
                // its job is fetched again by another replica this long after (CrmSyncOptions.JobInvisibilityTimeout).
                InvisibilityTimeout = InvisibilityTimeout(configuration.GetSection(CrmSyncOptions.Section)),
                UseSlidingInvisibilityTimeout = true,
                // No DistributedLockTimeout here: one run per connector is the record store's lease (ConnectorLock),
                // renewed while the run lasts, not a Hangfire lock that must outlive the longest job.
            });
        });

        if (server)
        {
            var section = configuration.GetSection(CrmSyncOptions.Section);
            var workers = section.GetValue(nameof(CrmSyncOptions.WorkerCount), 0) is > 0 and var count
                ? count
                : AutomaticWorkers(postgres: !string.IsNullOrWhiteSpace(connectionString));
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
                o.SchedulePollingInterval = SchedulePollingInterval;
            });
            services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdown + TimeSpan.FromSeconds(5));
        }

        return services;
    }

    /// <summary><c>CrmSync:ShutdownTimeout</c>; an unreadable value is reported by config check, which runs first.</summary>
    private static TimeSpan ShutdownTimeout(IConfigurationSection section) =>
        ReadTimeSpan(section, nameof(CrmSyncOptions.ShutdownTimeout), new CrmSyncOptions().ShutdownTimeout);

    /// <summary><c>CrmSync:JobInvisibilityTimeout</c>, checked like the shutdown timeout.</summary>
    private static TimeSpan InvisibilityTimeout(IConfigurationSection section) =>
        ReadTimeSpan(section, nameof(CrmSyncOptions.JobInvisibilityTimeout), new CrmSyncOptions().JobInvisibilityTimeout);

    private static TimeSpan ReadTimeSpan(IConfigurationSection section, string key, TimeSpan fallback) =>
        TimeSpan.TryParse(section[key], System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
