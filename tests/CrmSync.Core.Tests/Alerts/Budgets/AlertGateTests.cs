using CrmSync.Core.Alerts;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;

namespace CrmSync.Core.Tests.Alerts.Budgets;

public class AlertGateTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<string> NoFirstRun = [];
    private static readonly Dictionary<string, CrmTaskState> NoTasks = [];

    private static AlertCandidate Deal(string id, string owner, decimal? amount = null, double? overrun = null, int? ageDays = null) =>
        new($"stage_age_exceeded:deals:{id}:s:2025-01-01", "stage_age_exceeded", CrmObjectTypes.Deals, id, owner, $"deal {id}", "body", AlertPriority.Low)
        {
            MoneyAtRisk = amount,
            Overrun = overrun,
            Since = ageDays is { } d ? Now.AddDays(-d) : null,
        };

    private static AlertState OpenTask(string key, string owner, DateTimeOffset createdAt, string taskId) =>
        new(key, "stage_age_exceeded", CrmObjectTypes.Deals, key, taskId, AlertStatus.Open, createdAt, null) { OwnerId = owner };

    private static AlertOptions Options(int perRun = 100, int perOwnerDay = 100, int openCap = 100) =>
        new() { Budget = new() { MaxNewTasksPerRun = perRun, MaxNewTasksPerOwnerPerDay = perOwnerDay, MaxOpenTasksPerOwner = openCap } };

    [Fact]
    public void Decide_PerOwnerDailyBudget_CreatesTheMostUrgentAndDefersTheRestWithTheirReason()
    {
        var candidates = Enumerable.Range(1, 5).Select(i => Deal($"{i}", "7", amount: i * 1000m)).ToList();

        var gated = AlertGate.Decide(candidates, [], NoTasks, NoFirstRun, Options(perOwnerDay: 2), Now);

        Assert.Equal(["5", "4"], gated.Create.Select(c => c.RecordId));
        Assert.Equal(["3", "2", "1"], gated.Held.Select(h => h.Candidate.RecordId));
        Assert.All(gated.Held, h => Assert.Equal(HoldReason.OwnerDailyBudget, h.Reason));
        Assert.All(gated.Held, h => Assert.Equal(AlertStatus.Deferred, h.Status));
        Assert.Contains("MaxNewTasksPerOwnerPerDay (2) reached for owner 7", gated.Held[0].Detail);
        Assert.Equal(3, gated.DeferredByBudget);
    }

    [Fact]
    public void Decide_TasksCreatedEarlierToday_CountAgainstTheOwnersDay_YesterdaysDoNot()
    {
        var existing = new[]
        {
            OpenTask("a", "7", Now.AddHours(-2), "t1"),
            OpenTask("b", "7", Now.AddDays(-1), "t2"),
        };

        var gated = AlertGate.Decide([Deal("1", "7"), Deal("2", "7")], existing, NoTasks, NoFirstRun, Options(perOwnerDay: 2), Now);

        Assert.Equal(["1"], gated.Create.Select(c => c.RecordId));
        Assert.Equal(HoldReason.OwnerDailyBudget, Assert.Single(gated.Held).Reason);
    }

    [Fact]
    public void Decide_OpenTaskCap_CountsOnlyTasksTheOwnerHasNotClosed()
    {
        var existing = new[]
        {
            OpenTask("a", "7", Now.AddDays(-3), "t1"),
            OpenTask("b", "7", Now.AddDays(-3), "t2"),
            OpenTask("c", "7", Now.AddDays(-3), "t3"),
        };
        var tasks = new Dictionary<string, CrmTaskState> { ["t1"] = CrmTaskState.Open, ["t2"] = CrmTaskState.Completed, ["t3"] = CrmTaskState.Deferred };

        var gated = AlertGate.Decide([Deal("1", "7"), Deal("2", "7")], existing, tasks, NoFirstRun, Options(openCap: 2), Now);

        Assert.Equal(["1"], gated.Create.Select(c => c.RecordId));
        Assert.Equal(HoldReason.OwnerOpenCap, Assert.Single(gated.Held).Reason);
    }

    [Fact]
    public void Decide_PerRunBudget_SpansOwners_InPriorityOrder()
    {
        var candidates = new[] { Deal("1", "7", overrun: 0.1), Deal("2", "8", overrun: 2.0), Deal("3", "9", overrun: 1.0) };

        var gated = AlertGate.Decide(candidates, [], NoTasks, NoFirstRun, Options(perRun: 2), Now);

        Assert.Equal(["2", "3"], gated.Create.Select(c => c.RecordId));
        Assert.Equal(HoldReason.RunBudget, Assert.Single(gated.Held).Reason);
    }

    [Fact]
    public void Decide_FirstEvaluationOfAType_HoldsItsConditionsAsBacklog_UnlessBacklogSaysTasks()
    {
        var first = new HashSet<string> { "stage_age_exceeded" };

        var held = AlertGate.Decide([Deal("1", "7")], [], NoTasks, first, Options(), Now);
        var tasks = AlertGate.Decide([Deal("1", "7")], [], NoTasks, first, new AlertOptions { Backlog = BacklogMode.Tasks }, Now);

        Assert.Empty(held.Create);
        Assert.Equal(AlertStatus.Backlog, Assert.Single(held.Held).Status);
        Assert.Contains("Alerts:Backlog is Hold", held.Held[0].Detail);
        Assert.Single(tasks.Create);
    }

    [Fact]
    public void Decide_BacklogStaysHeldOnLaterRuns_NewConditionsAlert()
    {
        var backlog = Deal("1", "7").ToHeldState(AlertStatus.Backlog, "backlog: first run", Now.AddDays(-1));

        var gated = AlertGate.Decide([Deal("1", "7"), Deal("2", "7")], [backlog], NoTasks, NoFirstRun, Options(), Now);

        Assert.Equal(["2"], gated.Create.Select(c => c.RecordId));
        var held = Assert.Single(gated.Held);
        Assert.Equal(("1", HoldReason.Backlog, "backlog: first run"), (held.Candidate.RecordId, held.Reason, held.Detail));
    }

    [Fact]
    public void Decide_BacklogDigest_GoesToTheOwnersDailyDigest()
    {
        var options = new AlertOptions { Backlog = BacklogMode.Digest };

        var gated = AlertGate.Decide([Deal("1", "7")], [], NoTasks, new HashSet<string> { "stage_age_exceeded" }, options, Now);

        var held = Assert.Single(gated.Held);
        Assert.Equal((HoldReason.Digest, "crmsync_digest:7:2025-04-01"), (held.Reason, held.Detail));
    }

    [Fact]
    public void Decide_OwnerCompletedATaskForTheRuleAndRecord_NewOccurrenceSnoozed_UntilTheSnoozeEnds()
    {
        var acknowledged = OpenTask("stage_age_exceeded:deals:1:s:2024-12-01", "7", Now.AddDays(-10), "t1") with
        {
            RecordId = "1",
            Status = AlertStatus.Resolved,
            AcknowledgedAt = Now.AddDays(-2),
        };
        var options = new AlertOptions { SnoozeAfterCompletion = TimeSpan.FromDays(7) };

        var snoozed = AlertGate.Decide([Deal("1", "7")], [acknowledged], NoTasks, NoFirstRun, options, Now);
        var later = AlertGate.Decide([Deal("1", "7")], [acknowledged], NoTasks, NoFirstRun, options, Now.AddDays(6));

        Assert.Equal(HoldReason.Snoozed, Assert.Single(snoozed.Held).Reason);
        Assert.Contains("snoozed until 2025-04-06 09:00 UTC", snoozed.Held[0].Detail);
        Assert.Single(later.Create);
    }

    [Fact]
    public void Decide_ExcludedOwner_GoesToTheFallbackOwnerAndItsBudget()
    {
        var options = new AlertOptions { ExcludedOwners = ["99"], FallbackOwner = "queue-1", Budget = new() { MaxNewTasksPerOwnerPerDay = 1 } };

        var gated = AlertGate.Decide([Deal("1", "99"), Deal("2", "99")], [], NoTasks, NoFirstRun, options, Now);

        Assert.Equal("queue-1", Assert.Single(gated.Create).OwnerId);
        Assert.Equal("queue-1", Assert.Single(gated.Held).Candidate.OwnerId);
    }

    [Fact]
    public void Decide_DigestModeForAType_SendsItsAlertsToOneKeyPerOwnerAndWeek()
    {
        var options = new AlertOptions { Digest = new() { Types = new() { ["stage_age_exceeded"] = DigestPeriod.Weekly } } };

        var gated = AlertGate.Decide([Deal("1", "7"), Deal("2", "7"), Deal("3", "8")], [], NoTasks, NoFirstRun, options, Now);

        Assert.Empty(gated.Create);
        Assert.Equal(["crmsync_digest:7:2025-W14", "crmsync_digest:7:2025-W14", "crmsync_digest:8:2025-W14"],
            gated.Held.Select(h => h.Detail).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Decide_EveryCandidateComesBackCreatedOrHeld()
    {
        var candidates = Enumerable.Range(1, 50).Select(i => Deal($"{i}", $"{i % 4}", amount: i % 7)).ToList();

        var gated = AlertGate.Decide(candidates, [], NoTasks, NoFirstRun, Options(perRun: 9, perOwnerDay: 3), Now);

        Assert.Equal(9, gated.Create.Count);
        Assert.Equal(candidates.Select(c => c.Key).Order(StringComparer.Ordinal),
            gated.Create.Select(c => c.Key).Concat(gated.Held.Select(h => h.Candidate.Key)).Order(StringComparer.Ordinal));
    }
}
