using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Core.WriteBack;
using static CrmSync.Core.Tests.WriteBack.WriteBackFixtures;

namespace CrmSync.Core.Tests.WriteBack;

public class WritePlanTests
{
    [Fact]
    public void Plan_AgainWithStateSavedFromFirstPlan_IsEmpty()
    {
        var computed = new[]
        {
            Value("1", "a", "1"), Value("1", "b", "x"), Value("2", "a", null), Value("3", "b", "y"),
        };
        var written = Written(State("1", ("a", "0")), State("2", ("a", "9")), State("4", ("a", "7")));
        var live = Live("1", "2", "3", "4");

        var first = WriteBackPlanner.Plan(Deals, computed, written, live);
        foreach (var state in first.StatesToSave(first.Updates.Select(u => u.RecordId)))
        {
            written[state.RecordId] = state;
        }

        var second = WriteBackPlanner.Plan(Deals, computed, written, live);

        Assert.Equal(4, first.RecordsToSend);
        Assert.True(second.IsEmpty);
        Assert.Equal(4, second.Unchanged);
    }

    [Fact]
    public void StatesToSave_FailedRecord_KeepsOldStateSoTheNextPlanRetriesIt()
    {
        var written = Written();
        var computed = new[] { Value("1", "a", "1"), Value("2", "a", "2") };
        var first = WriteBackPlanner.Plan(Deals, computed, written, Live("1", "2"));

        foreach (var state in first.StatesToSave(["1"]))
        {
            written[state.RecordId] = state;
        }

        var second = WriteBackPlanner.Plan(Deals, computed, written, Live("1", "2"));
        Assert.Equal(["2"], second.Updates.Select(u => u.RecordId));
    }

    [Fact]
    public void Plan_StaleStoredFingerprintSameValues_StateOnlyRefreshWithoutCall()
    {
        var stale = new WrittenState(Deals, "1", "sha1-from-an-old-version",
            new Dictionary<string, string?> { ["a"] = "1" });

        var plan = WriteBackPlanner.Plan(Deals, [Value("1", "a", "1")], Written(stale), Live("1"));

        Assert.Empty(Assert.Single(plan.Updates).Changes);
        Assert.Empty(plan.ToRecordUpdates());
        Assert.Equal(ValueFingerprint.Compute(stale.Values), Assert.Single(plan.StatesToSave([])).Fingerprint);
    }

    [Fact]
    public void DescribeChangesAndSummary_MixedPlan_ReadableDryRunOutput()
    {
        var plan = WriteBackPlanner.Plan(Deals,
            [Value("512", "days_in_stage", "13"), Value("7", "days_in_stage", "1"), Value("8", "days_in_stage", "4")],
            Written(State("512", ("days_in_stage", "12")), State("9", ("days_in_stage", "30")),
                State("8", ("days_in_stage", "4"))),
            Live("512", "7", "8", "9"));

        Assert.Equal(
        [
            "deals 512 days_in_stage: \"12\" → \"13\"",
            "deals 7 days_in_stage: (empty) → \"1\"",
            "deals 9 days_in_stage: \"30\" → (empty)",
        ], plan.DescribeChanges());
        Assert.Equal(2, plan.DescribeChanges(max: 2).Count);
        Assert.Equal("deals: 3 to update (2 set, 1 cleared), 1 unchanged, 0 state-only, 0 skipped (archived or missing)", plan.Summary);
    }
}
