namespace CrmSync.Storage.Tests.Contract;

public abstract partial class RecordStoreContractTests
{
    private static readonly DateTimeOffset RunStartedAt = new(2024, 5, 1, 6, 0, 0, 250, TimeSpan.FromHours(2));

    [Fact]
    public async Task StartRunAsync_NewRun_ListShowsItRunningWithoutCounts()
    {
        var id = await Store.StartRunAsync(new RunStart(Connector, "sync", DryRun: true, RunStartedAt, "hf-17"), Ct);

        var run = Assert.Single(await Store.ListRunsAsync(Connector, 10, Ct));
        Assert.Equal(new RunRecord(id, Connector, "sync", true, RunStatus.Running, RunStartedAt, null, run.Counts, 0, null, "hf-17"), run);
        Assert.Empty(run.Counts);
    }

    [Fact]
    public async Task CompleteRunAsync_WithCountsAndErrors_ListAndErrorsShowTheCompletion()
    {
        var id = await Store.StartRunAsync(new RunStart(Connector, "writeback", DryRun: false, RunStartedAt), Ct);
        var counts = new Dictionary<string, long> { ["records_pulled.contacts"] = 100_000, ["values_written"] = 12, ["write_calls"] = 3 };
        RunRecordError[] errors =
        [
            new("contacts", "17", "INVALID_OPTION", "Property values were not valid: \"crmsync_tier\""),
            new("deals", "501", "OBJECT_NOT_FOUND", "Deal 501 was deleted"),
        ];
        var finishedAt = RunStartedAt.AddMinutes(3);

        await Store.CompleteRunAsync(id, new RunCompletion(RunStatus.PartiallyFailed, finishedAt, counts, errors, "2 records failed"), Ct);

        var run = Assert.Single(await Store.ListRunsAsync(Connector, 10, Ct));
        Assert.Equal((RunStatus.PartiallyFailed, finishedAt, 2, "2 records failed"), (run.Status, run.FinishedAt, run.ErrorCount, run.Message));
        Assert.Equal(counts.OrderBy(c => c.Key), run.Counts.OrderBy(c => c.Key));
        Assert.Equal(errors, await Store.GetRunErrorsAsync(id, Ct));
    }

    [Fact]
    public async Task CompleteRunAsync_CalledTwice_ReplacesErrorsAndStatus()
    {
        var id = await Store.StartRunAsync(new RunStart(Connector, "sync", false, RunStartedAt), Ct);
        await Store.CompleteRunAsync(id, new RunCompletion(RunStatus.Failed, RunStartedAt.AddMinutes(1),
            new Dictionary<string, long>(), [new("contacts", "1", "E1", "first")]), Ct);

        await Store.CompleteRunAsync(id, new RunCompletion(RunStatus.Succeeded, RunStartedAt.AddMinutes(2),
            new Dictionary<string, long> { ["values_written"] = 1 }, []), Ct);

        var run = Assert.Single(await Store.ListRunsAsync(Connector, 10, Ct));
        Assert.Equal((RunStatus.Succeeded, 0, 1L), (run.Status, run.ErrorCount, run.Counts["values_written"]));
        Assert.Empty(await Store.GetRunErrorsAsync(id, Ct));
    }

    [Fact]
    public async Task CompleteRunAsync_UnknownRun_ThrowsNamingTheRun()
    {
        var completion = new RunCompletion(RunStatus.Succeeded, RunStartedAt, new Dictionary<string, long>(), [new("contacts", "1", "E", "m")]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.CompleteRunAsync(987_654_321, completion, Ct));

        Assert.Contains("987654321", error.Message);
        Assert.Empty(await Store.GetRunErrorsAsync(987_654_321, Ct));
    }

    [Fact]
    public async Task ListRunsAsync_ByConnectorWithLimit_ReturnsNewestFirst()
    {
        var ids = new List<long>();
        foreach (var minutes in new[] { 10, 30, 20, 40 })
        {
            ids.Add(await Store.StartRunAsync(new RunStart(Connector, $"job-{minutes}", false, RunStartedAt.AddMinutes(minutes)), Ct));
        }

        var runs = await Store.ListRunsAsync(Connector, 3, Ct);

        Assert.Equal(["job-40", "job-30", "job-20"], runs.Select(r => r.Job));
        Assert.Equal([ids[3], ids[1], ids[2]], runs.Select(r => r.Id));
    }

    [Fact]
    public async Task ListRunsAsync_SameStartTime_NewestIdFirst()
    {
        var first = await Store.StartRunAsync(new RunStart(Connector, "a", false, RunStartedAt), Ct);
        var second = await Store.StartRunAsync(new RunStart(Connector, "b", false, RunStartedAt), Ct);

        Assert.Equal([second, first], (await Store.ListRunsAsync(Connector, 10, Ct)).Select(r => r.Id));
    }

    [Fact]
    public async Task ListRunsAsync_NoConnector_ListsEveryConnectorNewestFirst()
    {
        var store = await CreateInitializedFreshStoreAsync();
        var other = TestRecords.NewConnector();
        await store.StartRunAsync(new RunStart(Connector, "sync", false, RunStartedAt), Ct);
        await store.StartRunAsync(new RunStart(other, "sync", false, RunStartedAt.AddHours(1)), Ct);
        await store.StartRunAsync(new RunStart(Connector, "writeback", false, RunStartedAt.AddHours(2)), Ct);

        var runs = await store.ListRunsAsync(null, 10, Ct);

        Assert.Equal([(Connector, "writeback"), (other, "sync"), (Connector, "sync")], runs.Select(r => (r.Connector, r.Job)));
        Assert.Equal(2, (await store.ListRunsAsync(null, 2, Ct)).Count);
    }

    [Fact]
    public async Task ListRunsAsync_ZeroLimit_ThrowsArgumentOutOfRange()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ListRunsAsync(Connector, 0, Ct));
    }
}
