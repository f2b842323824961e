using CrmSync.Worker.Hosting;
using Npgsql;

namespace CrmSync.Worker.Tests.Postgres;

/// <summary>Replicas starting together on a new database each prepare Hangfire's schema; none may fail doing so.</summary>
public class HangfireSchemaTests
{
    [Fact]
    public async Task Install_FourReplicasAtOnceOnANewDatabase_AllSucceedAndTheSchemaIsThereOnce()
    {
        await using var database = await TemporaryDatabase.CreateAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => HangfireSchema.Install(database.ConnectionString, "hangfire"),
            TestContext.Current.CancellationToken)));

        await using var data = NpgsqlDataSource.Create(database.ConnectionString);
        await using var schemas = data.CreateCommand("SELECT count(*) FROM pg_namespace WHERE nspname = 'hangfire'");
        Assert.Equal(1L, await schemas.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        await using var tables = data.CreateCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name IN ('job', 'jobqueue', 'lock', 'server')");
        Assert.Equal(4L, await tables.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}
