using CrmSync.Core.Alerts.Budgets;

namespace CrmSync.Core.Tests.Alerts.Budgets;

public class AlertOptionsTests
{
    private const string Path = "CrmSync:Connectors:acme:Alerts";

    [Fact]
    public void Validate_Defaults_NoProblem()
    {
        Assert.Empty(new AlertOptions().Validate(Path, ["stage_age_exceeded"]));
    }

    [Fact]
    public void Validate_EveryBadValue_NamesItsKey()
    {
        var options = new AlertOptions
        {
            Budget = new() { MaxNewTasksPerRun = 0, MaxNewTasksPerOwnerPerDay = -1, MaxOpenTasksPerOwner = 1_000_000 },
            Priority = [PriorityCriterion.Age, PriorityCriterion.Age],
            Digest = new() { MaxItems = 0, Types = new() { ["stage_age_exceded"] = DigestPeriod.Daily } },
            SnoozeAfterCompletion = TimeSpan.FromDays(-1),
            ExcludedOwners = ["", "5"],
            FallbackOwner = "5",
        };

        var problems = options.Validate(Path, ["stage_age_exceeded", "duplicate_group"]);

        Assert.Equal(
        [
            $"{Path}:Budget:MaxNewTasksPerRun must be between 1 and 100000 (was 0).",
            $"{Path}:Budget:MaxNewTasksPerOwnerPerDay must be between 1 and 100000 (was -1).",
            $"{Path}:Budget:MaxOpenTasksPerOwner must be between 1 and 100000 (was 1000000).",
            $"{Path}:Priority:1 repeats Age; name each criterion once.",
            $"{Path}:Digest:MaxItems must be between 1 and 500 (was 0).",
            $"{Path}:Digest:Types:stage_age_exceded is not an alert type of this connector's analyzers (duplicate_group, stage_age_exceeded).",
            $"{Path}:SnoozeAfterCompletion must be between 00:00:00 and 366.00:00:00 (was -1.00:00:00).",
            $"{Path}:ExcludedOwners:0 is empty; give an owner id.",
            $"{Path}:FallbackOwner '5' is itself in ExcludedOwners.",
        ], problems);
    }

    [Fact]
    public void PeriodFor_TypeOverridesTheConnectorMode()
    {
        var digest = new AlertDigestOptions { Mode = DigestPeriod.Daily, Types = new() { ["duplicate_group"] = DigestPeriod.Off } };

        Assert.Equal((DigestPeriod.Off, DigestPeriod.Daily), (digest.PeriodFor("DUPLICATE_GROUP"), digest.PeriodFor("stage_age_exceeded")));
    }
}
