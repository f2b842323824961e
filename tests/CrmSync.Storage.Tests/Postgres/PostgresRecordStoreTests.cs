using CrmSync.Storage.Postgres;

namespace CrmSync.Storage.Tests.Postgres;

/// <summary>PostgreSQL-only behaviour that needs no server; the shared behaviour is in the contract tests.</summary>
public sealed class PostgresRecordStoreTests
{
    [Fact]
    public async Task PingAsync_NoServerListening_ReturnsFalse()
    {
        await using var store = PostgresRecordStore.Create("Host=127.0.0.1;Port=1;Username=u;Password=p;Database=d;Timeout=2");

        Assert.False(await store.PingAsync(TestContext.Current.CancellationToken));
    }
}
