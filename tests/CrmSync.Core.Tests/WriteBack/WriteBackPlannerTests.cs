using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.WriteBack;
using static CrmSync.Core.Tests.WriteBack.WriteBackFixtures;

namespace CrmSync.Core.Tests.WriteBack;

public class WriteBackPlannerTests
{
    [Fact]
    public void Plan_NeverWritten_SetsEveryNonNullValue()
    {
        var plan = WriteBackPlanner.Plan(Deals,
            [Value("1", "days_in_stage", "22"), Value("1", "health", "72"), Value("1", "note", null)],
            Written(), Live("1"));

        var update = Assert.Single(plan.Updates);
        Assert.Equal(
            [new PlannedChange("days_in_stage", null, "22"), new PlannedChange("health", null, "72")],
            update.Changes);
        Assert.Equal(2, update.Values.Count);
        Assert.Equal(ValueFingerprint.Compute(update.Values), update.Fingerprint);
        Assert.Equal(new Dictionary<string, string?> { ["days_in_stage"] = "22", ["health"] = "72" },
            Assert.Single(plan.ToRecordUpdates()).Values);
    }

    [Fact]
    public void Plan_SameAsWritten_NothingPlanned()
    {
        var plan = WriteBackPlanner.Plan(Deals, [Value("1", "days_in_stage", "22")],
            Written(State("1", ("days_in_stage", "22"))), Live("1"));

        Assert.True(plan.IsEmpty);
        Assert.Equal(1, plan.Unchanged);
    }

    [Fact]
    public void Plan_OneOfTwoValuesChanged_SendsOnlyTheChangedProperty()
    {
        var plan = WriteBackPlanner.Plan(Deals,
            [Value("1", "days_in_stage", "23"), Value("1", "health", "72")],
            Written(State("1", ("days_in_stage", "22"), ("health", "72"))), Live("1"));

        var update = Assert.Single(plan.Updates);
        Assert.Equal([new PlannedChange("days_in_stage", "22", "23")], update.Changes);
        Assert.Equal(2, update.Values.Count);
        Assert.Equal(new Dictionary<string, string?> { ["days_in_stage"] = "23" }, Assert.Single(plan.ToRecordUpdates()).Values);
    }

    [Fact]
    public void Plan_WrittenPropertyNoLongerComputed_ClearsIt()
    {
        var plan = WriteBackPlanner.Plan(Deals, [Value("1", "health", "72")],
            Written(State("1", ("days_in_stage", "22"), ("health", "72"))), Live("1"));

        var update = Assert.Single(plan.Updates);
        Assert.Equal([new PlannedChange("days_in_stage", "22", null)], update.Changes);
        Assert.Equal(["health"], update.Values.Keys);
        var sent = Assert.Single(plan.ToRecordUpdates()).Values;
        Assert.True(sent.ContainsKey("days_in_stage"));
        Assert.Null(sent["days_in_stage"]);
    }

    [Fact]
    public void Plan_ComputedNullForWrittenProperty_ClearsIt()
    {
        var plan = WriteBackPlanner.Plan(Deals, [Value("1", "days_in_stage", null)],
            Written(State("1", ("days_in_stage", "22"))), Live("1"));

        Assert.Equal([new PlannedChange("days_in_stage", "22", null)], Assert.Single(plan.Updates).Changes);
        Assert.Equal(ValueFingerprint.Empty, plan.Updates[0].Fingerprint);
    }

    [Fact]
    public void Plan_WrittenRecordWithoutAnyValueThisRun_ClearsEverything()
    {
        var plan = WriteBackPlanner.Plan(Deals, [],
            Written(State("1", ("days_in_stage", "22"), ("health", "72"))), Live("1"));

        Assert.Equal(2, plan.PropertiesCleared);
        Assert.Empty(plan.Updates[0].Values);
    }

    [Fact]
    public void Plan_OnlyNullValuesAndNeverWritten_NothingPlanned()
    {
        var plan = WriteBackPlanner.Plan(Deals, [Value("1", "days_in_stage", null)], Written(), Live("1"));

        Assert.True(plan.IsEmpty);
        Assert.Equal(1, plan.Unchanged);
    }

    [Fact]
    public void Plan_ArchivedOrMissingRecords_NeverWritten()
    {
        var plan = WriteBackPlanner.Plan(Deals,
            [Value("archived", "a", "1"), Value("live", "a", "1")],
            Written(State("gone", ("a", "5"))), Live("live"));

        Assert.Equal(["live"], plan.Updates.Select(u => u.RecordId));
        Assert.Equal(2, plan.SkippedNotLive);
    }

    [Fact]
    public void Plan_ValueOfAnotherObjectType_ThrowsNamingRecord()
    {
        var error = Assert.Throws<ArgumentException>(() => WriteBackPlanner.Plan(Deals,
            [new ComputedValue(CrmObjectTypes.Contacts, "9", "a", "1")], Written(), Live("9")));

        Assert.Contains("contacts record 9 was passed to the deals plan", error.Message);
    }

    [Fact]
    public void Plan_SamePropertyTwiceForOneRecord_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => WriteBackPlanner.Plan(Deals,
            [Value("1", "a", "1"), Value("1", "a", "2")], Written(), Live("1")));

        Assert.Contains("'a' of deals record 1 was computed twice", error.Message);
    }

    [Fact]
    public void Plan_CanonicalFieldKey_ThrowsSoRecordFieldsAreNeverWritten()
    {
        var error = Assert.Throws<ArgumentException>(() => WriteBackPlanner.Plan(Deals,
            [Value("1", CanonicalFields.Stage, "closedwon")], Written(), Live("1")));

        Assert.Contains("'stage' of deals record 1 is not a computed property key", error.Message);
    }

    [Theory]
    [InlineData("Days_in_stage")]
    [InlineData("days in stage")]
    [InlineData("stage_entered_at:proposal")]
    public void Plan_InvalidComputedKey_Throws(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => WriteBackPlanner.Plan(Deals,
            [Value("1", key, "1")], Written(), Live("1")));

        Assert.Contains($"'{key}' of deals record 1 is not a computed property key", error.Message);
    }

    [Fact]
    public void Plan_WrittenStateUnderWrongKey_Throws()
    {
        var written = new Dictionary<string, WrittenState> { ["1"] = State("2", ("a", "1")) };

        Assert.Throws<ArgumentException>(() => WriteBackPlanner.Plan(Deals, [], written, Live("1", "2")));
    }

}
