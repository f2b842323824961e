using CrmSync.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace CrmSync.Worker.Access;

public static class CrmSyncDataProtectionExtensions
{
    public const string DefaultApplicationName = "crmsync";

    /// <summary>The folder under <c>CrmSync:DataDirectory</c> that holds the key ring on SQLite.</summary>
    public const string KeysFolder = "keys";

    /// <summary>
    /// One DataProtection key ring for every replica: in the PostgreSQL store when the store is PostgreSQL, else in
    /// the data directory (<c>keys/</c>), under one application name (<c>CrmSync:DataProtection:ApplicationName</c>).
    /// Without it each process would make its own keys in memory or in its home, and a token one replica issued
    /// (Hangfire's antiforgery token, the OIDC cookie) would be refused by the next.
    /// </summary>
    public static IServiceCollection AddCrmSyncDataProtection(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        var options = configuration.GetSection(CrmSyncDataProtectionOptions.Section).Get<CrmSyncDataProtectionOptions>() ?? new();
        var name = string.IsNullOrWhiteSpace(options.ApplicationName) ? DefaultApplicationName : options.ApplicationName.Trim();
        var builder = services.AddDataProtection().SetApplicationName(name);
        if (storage.UsesPostgres)
            services.Configure<KeyManagementOptions>(o => o.XmlRepository = new PostgresXmlRepository(storage.PostgresConnectionString!));
        else
            builder.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(storage.DataDirectory), KeysFolder)));
        return services;
    }
}
