using CrmSync.Core.WriteBack;
using static CrmSync.Core.Tests.WriteBack.WriteBackFixtures;

namespace CrmSync.Core.Tests.WriteBack;

/// <summary>A write to a merged-away id lands on the survivor: its written state must say what the CRM now holds.</summary>
public class SurvivorStatesTests
{
    [Fact]
    public void For_WriteAnsweredByTheSurvivor_SurvivorStateIsItsOldStateOverwrittenByWhatWasSent()
    {
        var written = Written(State("702", ("days_in_stage", "3"), ("duplicate_score", "0.9")), State("9001", ("days_in_stage", "40"), ("health", "12")));
        var plan = WriteBackPlanner.Plan(Deals, [Value("702", "days_in_stage", "4"), Value("9001", "days_in_stage", "40"), Value("9001", "health", "12")],
            written, Live("702", "9001"));

        var states = SurvivorStates.For(plan, new Dictionary<string, string> { ["702"] = "9001" }, written, ["702"]);

        var survivor = Assert.Single(states);
        Assert.Equal(("9001", "4", "12"), (survivor.RecordId, survivor.Values["days_in_stage"], survivor.Values["health"]));
        // duplicate_score was cleared on 702 and so on the survivor.
        Assert.False(survivor.Values.ContainsKey("duplicate_score"));
        Assert.Equal(ValueFingerprint.Compute(survivor.Values), survivor.Fingerprint);

        // The next run diffs against that state and puts the survivor's own value back.
        var next = WriteBackPlanner.Plan(Deals, [Value("9001", "days_in_stage", "40"), Value("9001", "health", "12")],
            Written(survivor), Live("9001"));
        var change = Assert.Single(Assert.Single(next.Updates).Changes);
        Assert.Equal(new PlannedChange("days_in_stage", "4", "40"), change);
    }

    [Fact]
    public void For_NoAliases_Nothing()
    {
        var plan = WriteBackPlanner.Plan(Deals, [Value("1", "days_in_stage", "4")], Written(), Live("1"));

        Assert.Empty(SurvivorStates.For(plan, new Dictionary<string, string>(), Written(), ["1"]));
    }
}
