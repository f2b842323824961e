using CrmSync.Worker.Metrics;

namespace CrmSync.Worker.Tests.Jobs;

/// <summary>
/// The period snapshots in the record store, on SQLite and on the real PostgreSQL (CRMSYNC_TEST_PG): a later run
/// replaces its own periods and keeps every other one (trends survive), per connector.
/// </summary>
public class MetricSnapshotStoreTests
{
    [Theory]
    [InlineData(LeaseStore.Sqlite)]
    [InlineData(LeaseStore.Postgres)]
    public async Task Save_ReplacesItsOwnPeriods_KeepsTheOthers(string kind)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await LeaseStore.CreateAsync(kind);
        var snapshots = new MetricSnapshotStore(store.Open());

        await snapshots.SaveAsync("acme", new Dictionary<string, string>
        {
            ["month:2026-04"] = """{ "period": "2026-04", "metrics": { "Won": { "value": 3, "n": 3, "reason": null } } }""",
            ["month:2026-05"] = """{ "period": "2026-05", "metrics": { "Won": { "value": 1, "n": 1, "reason": null } } }""",
        }, ct);
        await snapshots.SaveAsync("acme", new Dictionary<string, string>
        {
            ["month:2026-05"] = """{ "period": "2026-05", "metrics": { "Won": { "value": 2, "n": 2, "reason": null } } }""",
            ["month:2026-06"] = """{ "period": "2026-06", "metrics": { "Won": { "value": null, "n": 0, "reason": "ZeroDenominator" } } }""",
        }, ct);
        await snapshots.SaveAsync("other", new Dictionary<string, string> { ["month:2026-05"] = """{ "period": "2026-05" }""" }, ct);

        var read = await new MetricSnapshotStore(store.Open()).ReadAsync("acme", ct);

        Assert.Equal(["month:2026-04", "month:2026-05", "month:2026-06"], read.Keys);
        Assert.Equal(3, (int)read["month:2026-04"]["metrics"]!["Won"]!["value"]!);
        Assert.Equal(2, (int)read["month:2026-05"]["metrics"]!["Won"]!["value"]!);
        Assert.Equal("ZeroDenominator", (string)read["month:2026-06"]["metrics"]!["Won"]!["reason"]!);
        Assert.Single(await snapshots.ReadAsync("other", ct));
        Assert.Empty(await snapshots.ReadAsync("none", ct));
    }

    [Fact]
    public void Periods_AreThisMonthLastMonthQuarterToDateAndTrailing12Months()
    {
        var periods = MetricsSnapshotStep.Periods(new DateTime(2026, 5, 14, 9, 30, 0, DateTimeKind.Utc));

        Assert.Equal(["month:2026-05", "month:2026-04", "quarter-to-date:2026-Q2", "trailing-12-months:2026-05"], periods.Select(p => p.Key));
        Assert.Equal((new DateTime(2026, 4, 1), new DateTime(2026, 5, 15)), (periods[2].Period.From, periods[2].Period.To));
        Assert.Equal((new DateTime(2025, 6, 1), new DateTime(2026, 6, 1)), (periods[3].Period.From, periods[3].Period.To));
        // January: last month is December of the year before.
        Assert.Equal("month:2025-12", MetricsSnapshotStep.Periods(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc))[1].Key);
    }
}
