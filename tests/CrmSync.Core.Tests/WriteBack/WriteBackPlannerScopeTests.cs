using CrmSync.Core.WriteBack;
using static CrmSync.Core.Tests.WriteBack.WriteBackFixtures;

namespace CrmSync.Core.Tests.WriteBack;

public class WriteBackPlannerScopeTests
{
    private static readonly HashSet<string> DuplicateScope = ["duplicate_group", "duplicate_of"];

    [Fact]
    public void Plan_ScopedRun_KeepsOutOfScopeValuesAndChangesOnlyScopedOnes()
    {
        var plan = WriteBackPlanner.Plan(Deals, [Value("1", "duplicate_group", "g1")],
            Written(State("1", ("days_in_stage", "22"), ("duplicate_of", "7"))), Live("1"), DuplicateScope);

        var update = Assert.Single(plan.Updates);
        Assert.Equal(
            [new PlannedChange("duplicate_group", null, "g1"), new PlannedChange("duplicate_of", "7", null)],
            update.Changes);
        Assert.Equal(new Dictionary<string, string?> { ["days_in_stage"] = "22", ["duplicate_group"] = "g1" },
            update.Values);
    }

    [Fact]
    public void Plan_ScopedRunWithNothingNew_IsEmptyAndLeavesOtherPropertiesAlone()
    {
        var plan = WriteBackPlanner.Plan(Deals, [],
            Written(State("1", ("days_in_stage", "22"))), Live("1"), DuplicateScope);

        Assert.True(plan.IsEmpty);
        Assert.Equal(1, plan.Unchanged);
    }

    [Fact]
    public void Plan_ValueOutsideScope_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => WriteBackPlanner.Plan(Deals,
            [Value("1", "days_in_stage", "3")], Written(), Live("1"), DuplicateScope));

        Assert.Contains("outside this run's scope", error.Message);
    }
}
