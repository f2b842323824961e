using CrmSync.Core.Alerts;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;

namespace CrmSync.Core.Tests.Alerts;

/// <summary>Pending intents: a task create whose outcome is unknown is looked up by key, never created again blindly.</summary>
public class AlertIntentTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lag = TimeSpan.FromMinutes(5);
    private static readonly Dictionary<string, CrmTaskState> NoTasks = [];

    private static AlertCandidate Candidate(string key, string type = "stage_age_exceeded") =>
        new(key, type, CrmObjectTypes.Deals, "512", "64492917", $"subject {key}", "body", AlertPriority.High);

    private static AlertState Pending(string key, TimeSpan age, string type = "stage_age_exceeded") =>
        Candidate(key, type).ToPendingState(Now - age);

    private static FoundTask Found(string key, string taskId, CrmTaskState state = CrmTaskState.Open, int minutesAgo = 10) =>
        new(key, taskId, state, Now.AddMinutes(-minutesAgo));

    [Fact]
    public void KeysToLookUp_PendingIntents_OnlyThoseOlderThanTheIndexLagOfEvaluatedTypes()
    {
        var existing = new[]
        {
            Pending("young", TimeSpan.FromMinutes(1)),
            Pending("old", TimeSpan.FromMinutes(6)),
            Pending("exactly", Lag),
            Pending("other-type", TimeSpan.FromHours(1), type: "duplicate_group"),
            Candidate("open").ToOpenState("88001", Now.AddDays(-1)),
        };

        var keys = AlertPlanner.KeysToLookUp(existing, Now, Lag, new HashSet<string> { "stage_age_exceeded" });

        Assert.Equal(["old", "exactly"], keys);
    }

    [Fact]
    public void Plan_PendingIntentNotLookedUp_NeitherCreatedAgainNorResolved()
    {
        var pending = Pending("k1", TimeSpan.FromMinutes(1));

        var withCandidate = AlertPlanner.Plan([Candidate("k1")], [pending], NoTasks, Now, intents: IntentLookup.None);
        var withoutCandidate = AlertPlanner.Plan([], [pending], NoTasks, Now, intents: IntentLookup.None);

        Assert.Empty(withCandidate.ToCreate);
        Assert.Equal([pending], withCandidate.Waiting);
        Assert.True(withoutCandidate.IsEmpty);
        Assert.Equal([pending], withoutCandidate.Waiting);
    }

    [Fact]
    public void Plan_PendingIntentWhoseTaskIsFound_RecordedOpenWithThatTaskAndNotCreated()
    {
        var pending = Pending("k1", TimeSpan.FromMinutes(6));

        var plan = AlertPlanner.Plan([Candidate("k1")], [pending], NoTasks, Now, intents: new(["k1"], [Found("k1", "88001")]));

        Assert.Empty(plan.ToCreate);
        Assert.Equal([pending with { TaskId = "88001", Status = AlertStatus.Open }], plan.Recovered);
        Assert.Equal(1, plan.StillOpen);
        Assert.Empty(plan.Waiting);
    }

    [Fact]
    public void Plan_FoundTaskCompletedByTheOwner_RecoveredAndAcknowledged()
    {
        var plan = AlertPlanner.Plan([Candidate("k1")], [Pending("k1", TimeSpan.FromHours(2))], NoTasks, Now,
            intents: new(["k1"], [Found("k1", "88001", CrmTaskState.Completed)]));

        Assert.Equal("88001", Assert.Single(plan.Recovered).TaskId);
        Assert.Equal("88001", Assert.Single(plan.Acknowledged).TaskId);
        Assert.Empty(plan.ToCreate);
    }

    [Fact]
    public void Plan_PendingIntentWithNoTaskInTheCrm_CreatedOnceNow()
    {
        var plan = AlertPlanner.Plan([Candidate("k1")], [Pending("k1", TimeSpan.FromMinutes(6))], NoTasks, Now, intents: new(["k1"], []));

        Assert.Equal(["k1"], plan.ToCreate.Select(c => c.Key));
        Assert.Empty(plan.Recovered);
        Assert.Empty(plan.ToResolve);
    }

    [Fact]
    public void Plan_PendingIntentWithNoTaskAndNoCondition_ResolvedWithoutTask()
    {
        var pending = Pending("k1", TimeSpan.FromMinutes(6));

        var plan = AlertPlanner.Plan([], [pending], NoTasks, Now, intents: new(["k1"], []));

        Assert.Equal([pending with { Status = AlertStatus.Resolved, ResolvedAt = Now }], plan.ToResolve);
        Assert.Empty(plan.ToCreate);
    }

    [Fact]
    public void Plan_FoundTaskWhoseConditionCleared_RecoveredThenResolvedWithItsTask()
    {
        var plan = AlertPlanner.Plan([], [Pending("k1", TimeSpan.FromMinutes(6))], NoTasks, Now, intents: new(["k1"], [Found("k1", "88001")]));

        Assert.Equal("88001", Assert.Single(plan.Recovered).TaskId);
        var resolved = Assert.Single(plan.ToResolve);
        Assert.Equal(("88001", AlertStatus.Resolved, (DateTimeOffset?)Now), (resolved.TaskId, resolved.Status, resolved.ResolvedAt));
    }

    [Fact]
    public void Plan_SeveralTasksFoundForOneKey_KeepsTheOldest()
    {
        var plan = AlertPlanner.Plan([Candidate("k1")], [Pending("k1", TimeSpan.FromHours(2))], NoTasks, Now,
            intents: new(["k1"], [Found("k1", "88005", minutesAgo: 30), Found("k1", "88001", minutesAgo: 90), Found("k1", "88003", minutesAgo: 60)]));

        Assert.Equal("88001", Assert.Single(plan.Recovered).TaskId);
    }

    [Fact]
    public void Plan_OldPendingIntentNotAmongTheAskedKeys_KeepsWaiting()
    {
        var plan = AlertPlanner.Plan([Candidate("k1"), Candidate("k2")], [Pending("k1", TimeSpan.FromHours(1)), Pending("k2", TimeSpan.FromHours(1))],
            NoTasks, Now, intents: new(["k2"], []));

        Assert.Equal(["k2"], plan.ToCreate.Select(c => c.Key));
        Assert.Equal(["k1"], plan.Waiting.Select(w => w.Key));
    }

    [Fact]
    public void Plan_FoundTaskForAKeyNotAsked_Ignored()
    {
        var plan = AlertPlanner.Plan([Candidate("k1")], [], NoTasks, Now, intents: new(["k9"], [Found("k1", "88001")]));

        Assert.Equal(["k1"], plan.ToCreate.Select(c => c.Key));
        Assert.Empty(plan.Recovered);
    }

    [Fact]
    public void ToPendingState_Candidate_IsAPendingIntentWithoutTask()
    {
        var state = Candidate("k1").ToPendingState(Now);

        Assert.Equal(new AlertState("k1", "stage_age_exceeded", CrmObjectTypes.Deals, "512", null, AlertStatus.Pending, Now, null) { OwnerId = "64492917" }, state);
    }
}
