using System.Net;
using CrmSync.Worker.Access;
using CrmSync.Worker.Tests.EndToEnd;
using CrmSync.Worker.Tests.Postgres;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CrmSync.Worker.Tests.Access;

/// <summary>
/// Several replicas share one DataProtection key ring: in the PostgreSQL store, or in the data directory on SQLite.
/// A token one replica issued (Hangfire's antiforgery token, the sign-in cookie) is accepted by another.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SharedKeyRingTests
{
    private const string Admin = "admin";
    private const string AdminPassword = "admin's own passphrase";

    // The protector ASP.NET Core's cookie authentication uses for the "Cookies" scheme (the OIDC sign-in cookie).
    private static readonly string[] CookiePurpose = ["Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Cookies", "v2"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Postgres_AntiforgeryTokenAndCookieOfReplicaA_AreAcceptedByReplicaB()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>(AdminUser()) { ["ConnectionStrings:CrmSync"] = database.ConnectionString };
        await using var a = await AccessSession.StartAsync(settings);
        await using var b = await AccessSession.StartAsync(settings);
        foreach (var replica in new[] { a, b })
            Assert.IsType<PostgresXmlRepository>(replica.Demo.App.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
        using var http = AccessSession.Client();

        // The page (its antiforgery cookie and token) from A, "Trigger now" sent to B.
        using var triggered = await AccessSession.TriggerAsync(a, b, http, Admin, AdminPassword);

        Assert.True(triggered.IsSuccessStatusCode, $"B answered {(int)triggered.StatusCode} to A's antiforgery token");
        using (var connection = b.Demo.App.Services.GetRequiredService<JobStorage>().GetConnection())
            Assert.NotNull(connection.GetRecurringJobs().Single().LastJobId);

        // A sign-in cookie's ticket protected by A is read by B; the keys are rows of the store, one ring for both.
        var ticket = "a signed-in user's ticket"u8.ToArray();
        var protectedByA = Protector(a).Protect(ticket);
        Assert.Equal(ticket, Protector(b).Unprotect(protectedByA));
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await using var count = dataSource.CreateCommand("SELECT count(*) FROM crmsync.data_protection_keys");
        Assert.True((long)(await count.ExecuteScalarAsync(Ct))! >= 1);
    }

    [Fact]
    public async Task Sqlite_TheKeyRingLivesInTheDataDirectory_UnderTheConfiguredApplicationName()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"crmsync-keys-{Guid.NewGuid():N}");
        try
        {
            var settings = new Dictionary<string, string?>(AdminUser())
            {
                ["CrmSync:DataDirectory"] = dataDirectory,
                ["CrmSync:DataProtection:ApplicationName"] = "crmsync-tenant-a",
            };
            byte[] protectedByA;
            var a = await AccessSession.StartAsync(settings);
            try
            {
                protectedByA = Protector(a).Protect("ticket"u8.ToArray());
                var repository = Assert.IsType<FileSystemXmlRepository>(a.Demo.App.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
                Assert.Equal(Path.Combine(dataDirectory, CrmSyncDataProtectionExtensions.KeysFolder), repository.Directory.FullName);
                Assert.NotEmpty(Directory.GetFiles(repository.Directory.FullName, "key-*.xml"));
            }
            finally
            {
                await a.DisposeAsync();
            }

            // A second process on the same data directory and name reads it; another name cannot.
            await using var b = await AccessSession.StartAsync(settings);
            Assert.Equal("ticket"u8.ToArray(), Protector(b).Unprotect(protectedByA));
            await using var other = await AccessSession.StartAsync(new Dictionary<string, string?>(settings) { ["CrmSync:DataProtection:ApplicationName"] = "another" });
            Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Protector(other).Unprotect(protectedByA));
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
                Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static IDataProtector Protector(AccessSession session) =>
        session.Demo.App.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(CookiePurpose);

    private static Dictionary<string, string?> AdminUser() => new()
    {
        ["CrmSync:Access:Mode"] = "Basic",
        [$"CrmSync:Access:Basic:Users:{Admin}:PasswordHash"] = PasswordHashes.Hash(AdminPassword),
        [$"CrmSync:Access:Basic:Users:{Admin}:Role"] = "Admin",
    };
}
