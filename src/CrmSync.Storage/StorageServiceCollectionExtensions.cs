using CrmSync.Storage.Postgres;
using CrmSync.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmSync.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IRecordStore"/> and <see cref="IConnectorLeases"/> as one singleton: PostgreSQL when
    /// <see cref="StorageOptions.PostgresConnectionString"/> is set, else SQLite at DataDirectory/SqliteFileName.
    /// Options are checked here, so bad configuration fails at start-up. Call
    /// <see cref="IRecordStore.InitializeAsync"/> once before use (it creates the directory and schema).
    /// </summary>
    public static IServiceCollection AddCrmSyncStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        StorageOptionsValidator.ThrowIfInvalid(options);

        if (options.UsesPostgres)
        {
            var connectionString = options.PostgresConnectionString!;
            services.AddSingleton(sp => PostgresRecordStore.Create(
                connectionString,
                sp.GetService<TimeProvider>(),
                sp.GetService<ILogger<PostgresRecordStore>>()));
            AddStoreInterfaces<PostgresRecordStore>(services);
        }
        else
        {
            var filePath = options.SqliteFilePath;
            services.AddSingleton(sp => new SqliteRecordStore(
                filePath,
                sp.GetService<TimeProvider>(),
                sp.GetService<ILogger<SqliteRecordStore>>()));
            AddStoreInterfaces<SqliteRecordStore>(services);
        }

        return services;
    }

    /// <summary>One store instance answers every store interface (the connector leases live in the same database).</summary>
    private static void AddStoreInterfaces<TStore>(IServiceCollection services)
        where TStore : class, IRecordStore, IConnectorLeases
    {
        services.AddSingleton<IRecordStore>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IConnectorLeases>(sp => sp.GetRequiredService<TStore>());
    }
}
