namespace CrmSync.Storage.Tests.Contract;

/// <summary>The connector lease: one running run per connector, whoever opens the store.</summary>
public abstract partial class RecordStoreContractTests
{
    private static readonly DateTimeOffset LeaseStart = new(2024, 5, 1, 6, 0, 0, 125, TimeSpan.Zero);
    private static readonly TimeSpan Expiry = TimeSpan.FromMinutes(2);

    private IConnectorLeases Leases => Assert.IsAssignableFrom<IConnectorLeases>(Store);

    [Fact]
    public async Task TryAcquireLeaseAsync_FreeConnector_StartsTheRunAndHoldsTheLeaseForIt()
    {
        var acquisition = await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart, "hf-1"), Ct);

        Assert.True(acquisition.Acquired);
        Assert.Null(acquisition.AbandonedRunId);
        Assert.Equal(new ConnectorLease(Connector, "host-a:1:x", acquisition.RunId, LeaseStart, LeaseStart, LeaseStart + Expiry), acquisition.Lease);
        Assert.Equal(acquisition.Lease, await Leases.GetLeaseAsync(Connector, Ct));
        var run = Assert.Single(await Store.ListRunsAsync(Connector, 10, Ct));
        Assert.Equal((acquisition.RunId, RunStatus.Running, "hf-1", (DateTimeOffset?)null), (run.Id, run.Status, run.HangfireJobId, run.FinishedAt));
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_LiveLeaseOfAnotherHolder_RecordsTheTriggerSkippedNamingTheHoldingRun()
    {
        var holder = await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart), Ct);
        var at = LeaseStart.AddSeconds(119);

        var second = await Leases.TryAcquireLeaseAsync(Request("host-b:2:y", at, "hf-2"), Ct);

        Assert.False(second.Acquired);
        Assert.Equal(holder.Lease, second.Lease);
        Assert.Equal(holder.Lease, await Leases.GetLeaseAsync(Connector, Ct));
        var skipped = Assert.Single(await Store.ListRunsAsync(Connector, 10, Ct), r => r.Id == second.RunId);
        Assert.Equal((RunStatus.Skipped, at, "hf-2"), (skipped.Status, skipped.FinishedAt, skipped.HangfireJobId));
        Assert.Contains($"busy with run {holder.RunId}", skipped.Message);
        Assert.Contains("host-a:1:x", skipped.Message);
        Assert.Equal(RunStatus.Running, (await Store.ListRunsAsync(Connector, 10, Ct)).Single(r => r.Id == holder.RunId).Status);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_SameHolderTwice_SecondIsSkippedToo()
    {
        await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart), Ct);

        var again = await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart.AddSeconds(1)), Ct);

        Assert.False(again.Acquired);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_ExpiredLeaseOfARunningRun_TakesItOverAndMarksTheDeadRunAbandoned()
    {
        var dead = await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart), Ct);
        var at = LeaseStart + Expiry;

        var taker = await Leases.TryAcquireLeaseAsync(Request("host-b:2:y", at), Ct);

        Assert.True(taker.Acquired);
        Assert.Equal(dead.RunId, taker.AbandonedRunId);
        Assert.Equal(new ConnectorLease(Connector, "host-b:2:y", taker.RunId, at, at, at + Expiry), await Leases.GetLeaseAsync(Connector, Ct));
        var runs = await Store.ListRunsAsync(Connector, 10, Ct);
        var abandoned = runs.Single(r => r.Id == dead.RunId);
        Assert.Equal((RunStatus.Abandoned, (DateTimeOffset?)at), (abandoned.Status, abandoned.FinishedAt));
        Assert.Contains("host-a:1:x", abandoned.Message);
        Assert.Contains($"run {taker.RunId} took it over", abandoned.Message);
        Assert.Equal(RunStatus.Running, runs.Single(r => r.Id == taker.RunId).Status);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_ExpiredLeaseOfACompletedRun_TakesItOverAndKeepsThatRunsStatus()
    {
        // The holder completed its run and died before releasing the lease.
        var finished = await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart), Ct);
        await Store.CompleteRunAsync(finished.RunId, new RunCompletion(RunStatus.Succeeded, LeaseStart.AddSeconds(30), new Dictionary<string, long>(), []), Ct);

        var taker = await Leases.TryAcquireLeaseAsync(Request("host-b:2:y", LeaseStart.AddMinutes(5)), Ct);

        Assert.True(taker.Acquired);
        Assert.Null(taker.AbandonedRunId);
        Assert.Equal(RunStatus.Succeeded, (await Store.ListRunsAsync(Connector, 10, Ct)).Single(r => r.Id == finished.RunId).Status);
    }

    [Fact]
    public async Task RenewLeaseAsync_ByTheHolder_MovesTheExpiryOnSoNoOneTakesItOver()
    {
        var holder = await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart), Ct);
        var renewedAt = LeaseStart.AddSeconds(90);

        Assert.True(await Leases.RenewLeaseAsync(Connector, "host-a:1:x", renewedAt, renewedAt + Expiry, Ct));
        var afterFirstExpiry = await Leases.TryAcquireLeaseAsync(Request("host-b:2:y", LeaseStart + Expiry + TimeSpan.FromSeconds(30)), Ct);

        Assert.False(afterFirstExpiry.Acquired);
        Assert.Equal(new ConnectorLease(Connector, "host-a:1:x", holder.RunId, LeaseStart, renewedAt, renewedAt + Expiry), afterFirstExpiry.Lease);
        Assert.Equal(RunStatus.Running, (await Store.ListRunsAsync(Connector, 10, Ct)).Single(r => r.Id == holder.RunId).Status);
    }

    [Fact]
    public async Task RenewLeaseAsync_NotTheHolder_ReturnsFalseAndChangesNothing()
    {
        var holder = await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart), Ct);

        Assert.False(await Leases.RenewLeaseAsync(Connector, "host-b:2:y", LeaseStart.AddSeconds(10), LeaseStart.AddHours(1), Ct));
        Assert.False(await Leases.RenewLeaseAsync(TestRecords.NewConnector(), "host-a:1:x", LeaseStart.AddSeconds(10), LeaseStart.AddHours(1), Ct));
        Assert.Equal(holder.Lease, await Leases.GetLeaseAsync(Connector, Ct));
    }

    [Fact]
    public async Task RenewLeaseAsync_AfterATakeover_ReturnsFalseSoTheOldHolderStops()
    {
        await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart), Ct);
        var taker = await Leases.TryAcquireLeaseAsync(Request("host-b:2:y", LeaseStart.AddMinutes(3)), Ct);

        var renewed = await Leases.RenewLeaseAsync(Connector, "host-a:1:x", LeaseStart.AddMinutes(3), LeaseStart.AddMinutes(5), Ct);

        Assert.False(renewed);
        Assert.Equal(taker.Lease, await Leases.GetLeaseAsync(Connector, Ct));
    }

    [Fact]
    public async Task RenewLeaseAsync_ExpiredButNotTakenOver_StillTheHoldersLease()
    {
        await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart), Ct);
        var late = LeaseStart.AddMinutes(3);

        Assert.True(await Leases.RenewLeaseAsync(Connector, "host-a:1:x", late, late + Expiry, Ct));
        Assert.False((await Leases.TryAcquireLeaseAsync(Request("host-b:2:y", late.AddSeconds(1)), Ct)).Acquired);
    }

    [Fact]
    public async Task ReleaseLeaseAsync_ByTheHolder_FreesTheConnectorAtOnce()
    {
        await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart), Ct);

        Assert.True(await Leases.ReleaseLeaseAsync(Connector, "host-a:1:x", Ct));

        Assert.Null(await Leases.GetLeaseAsync(Connector, Ct));
        var next = await Leases.TryAcquireLeaseAsync(Request("host-b:2:y", LeaseStart.AddSeconds(1)), Ct);
        Assert.True(next.Acquired);
        Assert.Null(next.AbandonedRunId);
    }

    [Fact]
    public async Task ReleaseLeaseAsync_NotTheHolder_ReturnsFalseAndKeepsTheLease()
    {
        var holder = await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart), Ct);

        Assert.False(await Leases.ReleaseLeaseAsync(Connector, "host-b:2:y", Ct));

        Assert.Equal(holder.Lease, await Leases.GetLeaseAsync(Connector, Ct));
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_OtherConnector_IsNotBlocked()
    {
        await Leases.TryAcquireLeaseAsync(Request("host-a:1:x", LeaseStart), Ct);
        var other = TestRecords.NewConnector();

        var acquisition = await Leases.TryAcquireLeaseAsync(new LeaseRequest(new RunStart(other, "sync", false, LeaseStart), "host-a:1:z", LeaseStart + Expiry), Ct);

        Assert.True(acquisition.Acquired);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_ManyProcessesAtOnceOnOneDatabase_ExactlyOneRunsTheRestAreSkipped()
    {
        var openReplica = await fixture.CreateFreshDatabaseAsync();
        var setup = openReplica();
        await setup.InitializeAsync(Ct);
        var replicas = Enumerable.Range(0, 8).Select(_ => Assert.IsAssignableFrom<IConnectorLeases>(openReplica())).ToList();

        var acquisitions = await Task.WhenAll(replicas.Select((replica, i) =>
            Task.Run(() => replica.TryAcquireLeaseAsync(Request($"replica-{i}", LeaseStart), Ct), Ct)));

        var winner = Assert.Single(acquisitions, a => a.Acquired);
        Assert.All(acquisitions.Where(a => !a.Acquired), a => Assert.Equal(winner.Lease, a.Lease));
        var runs = await setup.ListRunsAsync(Connector, 20, Ct);
        Assert.Equal(RunStatus.Running, Assert.Single(runs, r => r.Status != RunStatus.Skipped).Status);
        Assert.Equal(7, runs.Count(r => r.Status == RunStatus.Skipped));
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_LeaseThatEndsBeforeItStarts_ThrowsNamingTheConnector()
    {
        var request = new LeaseRequest(new RunStart(Connector, "sync", false, LeaseStart), "host-a:1:x", LeaseStart);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Leases.TryAcquireLeaseAsync(request, Ct));

        Assert.Contains(Connector, error.Message);
        Assert.Empty(await Store.ListRunsAsync(Connector, 10, Ct));
    }

    private LeaseRequest Request(string holder, DateTimeOffset at, string? hangfireJobId = null) =>
        new(new RunStart(Connector, "pipeline", false, at, hangfireJobId), holder, at + Expiry);
}
