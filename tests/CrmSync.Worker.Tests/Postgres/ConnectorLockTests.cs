using CrmSync.Worker.Jobs;
using CrmSync.Worker.Tests.Postgres;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace CrmSync.Worker.Tests.Postgres;

public class ConnectorLockTests
{
    private static PostgreSqlStorage Replica(string connectionString) =>
        new(new NpgsqlConnectionFactory(connectionString, new PostgreSqlStorageOptions()), new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            DistributedLockTimeout = TimeSpan.FromHours(2),
        });

    [Fact]
    public async Task TryAcquire_TwoReplicasOnOnePostgres_OnlyOneHoldsTheConnector()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var replicaA = new ConnectorLock(Replica(database.ConnectionString));
        var replicaB = new ConnectorLock(Replica(database.ConnectionString));

        using (var held = replicaA.TryAcquire("acme", TimeSpan.FromSeconds(1)))
        {
            Assert.NotNull(held);
            Assert.Null(replicaB.TryAcquire("acme", TimeSpan.FromSeconds(1)));
            using var other = replicaB.TryAcquire("globex", TimeSpan.FromSeconds(1));
            Assert.NotNull(other);
        }

        using var afterRelease = replicaB.TryAcquire("acme", TimeSpan.FromSeconds(1));
        Assert.NotNull(afterRelease);
    }
}
