using CrmSync.Storage;
using CrmSync.Worker.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.Worker.Tests.Jobs;

/// <summary>
/// The connector lease as jobs hold it, on real stores, with one FakeTimeProvider per "process": a process whose clock
/// is never advanced never beats, as if it had been killed or paused.
/// </summary>
public class ConnectorLeaseTests
{
    private const string Connector = "acme";
    private static readonly TimeSpan Expiry = TimeSpan.FromMinutes(2);
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    // Renewals run on the store's own threads after the fake clock fires the timer: their effect is waited for.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Stores => [LeaseStore.Sqlite, LeaseStore.Postgres];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Heartbeat_RenewsEveryQuarterOfTheExpiry_SoNoOneTakesTheLeaseWhileTheRunLasts(string kind)
    {
        await using var database = await LeaseStore.CreateAsync(kind);
        var clock = new FakeTimeProvider(Start);
        await using var held = await Lock(database.Open(), clock).StartRunAsync(Run(clock), Ct);
        var leases = (IConnectorLeases)database.Open();

        for (var beat = 1; beat <= 8; beat++)
        {
            clock.Advance(Expiry / 4);
            await Poll.UntilAsync(async () => (await leases.GetLeaseAsync(Connector, Ct))?.RenewedAt == clock.GetUtcNow(), Wait, $"renewal {beat}");
        }

        // Four minutes on, twice the expiry: the lease is still live and another process is turned away.
        var other = new FakeTimeProvider(clock.GetUtcNow());
        var busy = await Assert.ThrowsAsync<ConnectorBusyException>(() => Lock(database.Open(), other).StartRunAsync(Run(other), Ct));
        Assert.Equal(held.RunId, busy.Holding.RunId);
        Assert.Equal(clock.GetUtcNow() + Expiry, busy.Holding.ExpiresAt);
        Assert.False(held.Lost.IsCancellationRequested);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task DeadHolder_IsTakenOverOnlyOnceItsLeaseExpired_AndItsRunIsMarkedAbandoned(string kind)
    {
        await using var database = await LeaseStore.CreateAsync(kind);
        var deadClock = new FakeTimeProvider(Start);
        await using var dead = await Lock(database.Open(), deadClock).StartRunAsync(Run(deadClock), Ct);
        var survivorClock = new FakeTimeProvider(Start + Expiry - TimeSpan.FromSeconds(1));
        var survivor = Lock(database.Open(), survivorClock);

        var early = await Assert.ThrowsAsync<ConnectorBusyException>(() => survivor.StartRunAsync(Run(survivorClock), Ct));
        survivorClock.Advance(TimeSpan.FromSeconds(1));
        await using var taker = await survivor.StartRunAsync(Run(survivorClock), Ct);

        var runs = (await database.Open().ListRunsAsync(Connector, 10, Ct)).ToDictionary(r => r.Id);
        Assert.Equal(RunStatus.Skipped, runs[early.SkippedRunId].Status);
        Assert.Contains($"busy with run {dead.RunId}", runs[early.SkippedRunId].Message);
        Assert.Equal(RunStatus.Abandoned, runs[dead.RunId].Status);
        Assert.Equal(Start + Expiry, runs[dead.RunId].FinishedAt);
        Assert.Contains($"run {taker.RunId} took it over", runs[dead.RunId].Message);
        Assert.Equal(RunStatus.Running, runs[taker.RunId].Status);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task PausedHolder_FindsItsLeaseTakenOverOnItsNextBeat_StopsAndLeavesTheNewLeaseAlone(string kind)
    {
        await using var database = await LeaseStore.CreateAsync(kind);
        var pausedClock = new FakeTimeProvider(Start);
        var paused = await Lock(database.Open(), pausedClock).StartRunAsync(Run(pausedClock), Ct);
        var otherClock = new FakeTimeProvider(Start + Expiry + TimeSpan.FromSeconds(5));
        await using var taker = await Lock(database.Open(), otherClock).StartRunAsync(Run(otherClock), Ct);

        pausedClock.Advance(Expiry / 4);
        await Poll.UntilAsync(() => Task.FromResult(paused.Lost.IsCancellationRequested), Wait, "losing the lease");
        await paused.DisposeAsync();

        Assert.Contains("another process took it over", paused.LostReason);
        Assert.Equal(taker.Lease, await ((IConnectorLeases)database.Open()).GetLeaseAsync(Connector, Ct));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Dispose_ReleasesTheLease_SoTheNextRunStartsAtOnce(string kind)
    {
        await using var database = await LeaseStore.CreateAsync(kind);
        var clock = new FakeTimeProvider(Start);
        var connectorLock = Lock(database.Open(), clock);
        var first = await connectorLock.StartRunAsync(Run(clock), Ct);

        await first.DisposeAsync();
        clock.Advance(TimeSpan.FromSeconds(1));
        await using var second = await connectorLock.StartRunAsync(Run(clock), Ct);

        Assert.NotEqual(first.RunId, second.RunId);
        Assert.NotEqual(first.Lease.Holder, second.Lease.Holder);
    }

    [Fact]
    public async Task RenewalThatDoesNotAnswer_StopsTheRunOneBeatBeforeTheLeaseWouldLapse()
    {
        await using var database = await LeaseStore.CreateAsync(LeaseStore.Sqlite);
        var store = (Storage.Sqlite.SqliteRecordStore)database.Open();
        var clock = new FakeTimeProvider(Start);
        await using var held = await Lock(store, clock).StartRunAsync(Run(clock), Ct);
        // Another process keeps the file's write lock: the renewal waits (SQLite's busy timeout is a minute).
        await using var blocker = new SqliteConnection($"Data Source={store.FilePath};Pooling=False");
        await blocker.OpenAsync(Ct);
        await using var exclusive = await blocker.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, Ct);
        await using (var write = blocker.CreateCommand())
        {
            write.CommandText = "UPDATE connector_leases SET holder = holder;";
            await write.ExecuteNonQueryAsync(Ct);
        }

        clock.Advance(Expiry / 4);
        clock.Advance(Expiry / 4);
        Assert.False(held.Lost.IsCancellationRequested);
        clock.Advance(Expiry / 4);

        Assert.True(held.Lost.IsCancellationRequested);
        Assert.Contains("has not answered", held.LostReason);
        await exclusive.RollbackAsync(Ct);
    }

    [Fact]
    public async Task BeatWhileARenewalIsStillInFlight_IsRenewedAsSoonAsThatRenewalEnds()
    {
        await using var database = await LeaseStore.CreateAsync(LeaseStore.Sqlite);
        var store = (Storage.Sqlite.SqliteRecordStore)database.Open();
        var clock = new FakeTimeProvider(Start);
        await using var held = await Lock(store, clock).StartRunAsync(Run(clock), Ct);
        await using var blocker = new SqliteConnection($"Data Source={store.FilePath};Pooling=False");
        await blocker.OpenAsync(Ct);
        var exclusive = await blocker.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, Ct);
        await using (var write = blocker.CreateCommand())
        {
            write.CommandText = "UPDATE connector_leases SET holder = holder;";
            await write.ExecuteNonQueryAsync(Ct);
        }

        clock.Advance(Expiry / 4); // this renewal waits for the file's write lock
        clock.Advance(Expiry / 4); // this beat finds it still in flight
        await exclusive.RollbackAsync(Ct);
        await exclusive.DisposeAsync();

        // The late beat is not lost: the lease is renewed as of the second beat without any further tick.
        var leases = (IConnectorLeases)database.Open();
        await Poll.UntilAsync(async () => (await leases.GetLeaseAsync(Connector, Ct))?.RenewedAt == clock.GetUtcNow(), Wait, "the waiting beat's renewal");
        Assert.False(held.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task RenewalThatFails_StopsTheRunOneBeatBeforeTheLeaseWouldLapse()
    {
        await using var database = await LeaseStore.CreateAsync(LeaseStore.Postgres);
        var clock = new FakeTimeProvider(Start);
        await using var held = await Lock(database.Open(), clock).StartRunAsync(Run(clock), Ct);
        await database.Database!.DisposeAsync(); // the database is gone: every renewal throws

        for (var beat = 1; beat <= 2; beat++)
        {
            clock.Advance(Expiry / 4);
            await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
            Assert.False(held.Lost.IsCancellationRequested);
        }

        clock.Advance(Expiry / 4);

        await Poll.UntilAsync(() => Task.FromResult(held.Lost.IsCancellationRequested), Wait, "losing the lease");
        Assert.Contains("could not be reached", held.LostReason);
    }

    private static ConnectorLock Lock(IRecordStore store, TimeProvider clock) => LeaseStore.Lock((IConnectorLeases)store, clock, Expiry);

    private static RunStart Run(TimeProvider clock) => new(Connector, "pipeline", false, clock.GetUtcNow());
}
