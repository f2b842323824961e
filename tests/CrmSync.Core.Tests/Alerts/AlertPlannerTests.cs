using CrmSync.Core.Alerts;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;

namespace CrmSync.Core.Tests.Alerts;

public class AlertPlannerTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Earlier = Now.AddDays(-3);
    private static readonly Dictionary<string, CrmTaskState> NoTasks = [];

    private static AlertCandidate Candidate(string key, string type = "stage_age_exceeded", string recordId = "512") =>
        new(key, type, CrmObjectTypes.Deals, recordId, "64492917", $"subject {key}", "body", AlertPriority.High);

    private static AlertState Open(string key, string? taskId, string type = "stage_age_exceeded") =>
        new(key, type, CrmObjectTypes.Deals, "512", taskId, AlertStatus.Open, Earlier, null);

    private static AlertState Resolved(string key, string? taskId) =>
        Open(key, taskId) with { Status = AlertStatus.Resolved, ResolvedAt = Earlier.AddDays(1) };

    [Fact]
    public void Plan_NewKey_CreatesTask()
    {
        var plan = AlertPlanner.Plan([Candidate("k1")], [], NoTasks, Now);

        Assert.Equal(["k1"], plan.ToCreate.Select(c => c.Key));
        Assert.Empty(plan.ToResolve);
    }

    [Fact]
    public void Plan_EarlierTaskStillOpen_NotRecreated()
    {
        var plan = AlertPlanner.Plan([Candidate("k1")], [Open("k1", "88001")],
            new Dictionary<string, CrmTaskState> { ["88001"] = CrmTaskState.Open }, Now);

        Assert.True(plan.IsEmpty);
        Assert.Equal(1, plan.StillOpen);
    }

    [Theory]
    [InlineData(CrmTaskState.Completed)]
    [InlineData(CrmTaskState.Gone)]
    public void Plan_OwnerClosedTaskWhileConditionHolds_AcknowledgedNotRecreated(CrmTaskState taskState)
    {
        var state = Open("k1", "88001");

        var plan = AlertPlanner.Plan([Candidate("k1")], [state],
            new Dictionary<string, CrmTaskState> { ["88001"] = taskState }, Now);

        Assert.Empty(plan.ToCreate);
        Assert.Empty(plan.ToResolve);
        Assert.Equal([state], plan.Acknowledged);
    }

    [Fact]
    public void Plan_TaskStateUnknown_TreatedAsOpen()
    {
        var plan = AlertPlanner.Plan([Candidate("k1")], [Open("k1", "88001")], NoTasks, Now);

        Assert.True(plan.IsEmpty);
        Assert.Equal(1, plan.StillOpen);
    }

    [Fact]
    public void Plan_OpenStateWithoutTaskId_NotRecreated()
    {
        var plan = AlertPlanner.Plan([Candidate("k1")], [Open("k1", taskId: null)], NoTasks, Now);

        Assert.Empty(plan.ToCreate);
    }

    [Fact]
    public void Plan_ConditionNoLongerHolds_ResolvedAtNow()
    {
        var plan = AlertPlanner.Plan([], [Open("k1", "88001")],
            new Dictionary<string, CrmTaskState> { ["88001"] = CrmTaskState.Open }, Now);

        var resolved = Assert.Single(plan.ToResolve);
        Assert.Equal(Open("k1", "88001") with { Status = AlertStatus.Resolved, ResolvedAt = Now }, resolved);
    }

    [Fact]
    public void Plan_AcknowledgedConditionClears_Resolved()
    {
        var plan = AlertPlanner.Plan([], [Open("k1", "88001")],
            new Dictionary<string, CrmTaskState> { ["88001"] = CrmTaskState.Completed }, Now);

        Assert.Equal("k1", Assert.Single(plan.ToResolve).Key);
    }

    [Fact]
    public void Plan_ResolvedKeyAppearsAgain_CreatesNewOccurrence()
    {
        var plan = AlertPlanner.Plan([Candidate("k1")], [Resolved("k1", "88001")], NoTasks, Now);

        Assert.Equal(["k1"], plan.ToCreate.Select(c => c.Key));
    }

    [Fact]
    public void Plan_ResolvedStateWithoutCandidate_NothingToDo()
    {
        var plan = AlertPlanner.Plan([], [Resolved("k1", "88001")], NoTasks, Now);

        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void Plan_NewVisitKeyWhileOldVisitOpen_ResolvesOldAndCreatesNew()
    {
        var plan = AlertPlanner.Plan([Candidate("stage_age_exceeded:deals:512:proposal:2025-03-10")],
            [Open("stage_age_exceeded:deals:512:proposal:2025-02-24", "88001")], NoTasks, Now);

        Assert.Equal("stage_age_exceeded:deals:512:proposal:2025-03-10", Assert.Single(plan.ToCreate).Key);
        Assert.Equal("stage_age_exceeded:deals:512:proposal:2025-02-24", Assert.Single(plan.ToResolve).Key);
    }

    [Fact]
    public void Plan_AlertTypeNotEvaluatedThisRun_LeftOpen()
    {
        var plan = AlertPlanner.Plan([], [Open("s1", "1", type: "stale_deal"), Open("a1", "2")], NoTasks, Now,
            evaluatedAlertTypes: new HashSet<string> { "stage_age_exceeded" });

        Assert.Equal(["a1"], plan.ToResolve.Select(s => s.Key));
    }

    [Fact]
    public void Plan_TwoCandidatesWithOneKey_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => AlertPlanner.Plan([Candidate("k1"), Candidate("k1")], [], NoTasks, Now));

        Assert.Contains("'k1' appears twice", error.Message);
    }

    [Fact]
    public void Plan_StoreHoldsResolvedAndOpenStateForKey_OpenOneWins()
    {
        var plan = AlertPlanner.Plan([Candidate("k1")], [Resolved("k1", "1"), Open("k1", "2")],
            new Dictionary<string, CrmTaskState> { ["2"] = CrmTaskState.Open }, Now);

        Assert.Empty(plan.ToCreate);
    }

    [Fact]
    public void TaskIdsToCheck_OnlyOpenAlertsWithTasks()
    {
        var ids = AlertPlanner.TaskIdsToCheck([Open("a", "1"), Open("b", null), Resolved("c", "3"), Open("d", "1"), Open("e", "5")]);

        Assert.Equal(["1", "5"], ids);
    }

    [Fact]
    public void DescribeActions_CreateAndResolve_OneLineEach()
    {
        var plan = AlertPlanner.Plan([Candidate("k2")], [Open("k1", "88001")], NoTasks, Now);

        Assert.Equal(["create k2 (High, owner 64492917): subject k2", "resolve k1 (task 88001)"], plan.DescribeActions());
        Assert.Equal("alerts: 1 to create, 1 to resolve, 0 acknowledged, 0 still open", plan.Summary);
    }

    [Fact]
    public void CandidateExtensions_MapToTaskRequestAndOpenState()
    {
        var candidate = Candidate("k1");

        var request = candidate.ToTaskRequest(Now.AddDays(1));
        var state = candidate.ToOpenState("88001", Now);

        Assert.Equal(new AlertTaskRequest("k1", CrmObjectTypes.Deals, "512", "64492917", "subject k1", "body", Now.AddDays(1), AlertPriority.High), request);
        Assert.Equal(new AlertState("k1", "stage_age_exceeded", CrmObjectTypes.Deals, "512", "88001", AlertStatus.Open, Now, null) { OwnerId = "64492917" }, state);
    }

    [Theory]
    [InlineData(AlertStatus.Deferred)]
    [InlineData(AlertStatus.Backlog)]
    [InlineData(AlertStatus.Digested)]
    public void Plan_HeldAlert_OfferedAgainWhileItHolds_LeavesTheQueueWhenItClears(AlertStatus held)
    {
        var state = Open("k1", null) with { Status = held, Reason = "budget" };

        var holds = AlertPlanner.Plan([Candidate("k1")], [state], NoTasks, Now);
        var cleared = AlertPlanner.Plan([], [state], NoTasks, Now);

        Assert.Equal(["k1"], holds.ToCreate.Select(c => c.Key));
        var resolved = Assert.Single(cleared.ToResolve);
        Assert.Equal((AlertStatus.Resolved, Now), (resolved.Status, resolved.ResolvedAt));
    }

    [Fact]
    public void Plan_OwnerDeferredTask_AcknowledgedNotRecreated()
    {
        var plan = AlertPlanner.Plan([Candidate("k1")], [Open("k1", "88001")],
            new Dictionary<string, CrmTaskState> { ["88001"] = CrmTaskState.Deferred }, Now);

        Assert.Empty(plan.ToCreate);
        Assert.Single(plan.Acknowledged);
    }
}
