using CrmSync.Core.Alerts;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.StageRules;
using CrmSync.Core.Tests.StageRules;
using CrmSync.Core.WriteBack;
using Microsoft.Extensions.Time.Testing;
using static CrmSync.Core.Tests.StageRules.DealBuilder;

namespace CrmSync.Core.Tests.Alerts;

/// <summary>Daily runs over time: analyzer → runner → write-back and alert planners, with saved state in between.</summary>
public class StageAgeAlertLifecycleTests
{
    private readonly FakeTimeProvider _time = new(Utc(2025, 3, 1, hour: 6));
    private readonly Dictionary<string, WrittenState> _written = [];
    private readonly Dictionary<string, AlertState> _alerts = [];
    private readonly Dictionary<string, CrmTaskState> _tasks = [];
    private readonly AnalysisRunner _runner = new([new StageAgeAnalyzer(new StageAgeOptions { DefaultLimitDays = 14 })]);
    private int _nextTaskId = 88000;

    [Fact]
    public void DailyRuns_OneStageVisit_OneTaskAndOneWritePerDay()
    {
        var deal = new DealBuilder("512").StageHistory(("proposal", Utc(2025, 3, 1)));
        var created = new List<string>();
        var writes = 0;

        for (var day = 0; day < 30; day++)
        {
            var (plan, alertPlan) = RunOnce(deal.Build());
            writes += plan.RecordsToSend;
            created.AddRange(alertPlan.ToCreate.Select(c => c.Key));
            _time.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(["stage_age_exceeded:deals:512:proposal:2025-03-01"], created);
        Assert.Equal(30, writes);
        Assert.Equal("29", _written["512"].Values[StageAgeAnalyzer.DaysInStageProperty]);
    }

    [Fact]
    public void DailyRuns_TaskCompletedThenStageLeftAndReEntered_AcknowledgedThenResolvedThenNewTask()
    {
        var deal = new DealBuilder("512").StageHistory(("proposal", Utc(2025, 2, 1)));
        var first = RunOnce(deal.Build()).Alerts;
        var task = Assert.Single(_alerts.Values).TaskId!;

        _tasks[task] = CrmTaskState.Completed;
        _time.Advance(TimeSpan.FromDays(1));
        var acknowledged = RunOnce(deal.Build()).Alerts;

        deal.StageHistory(("negotiation", _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromDays(1));
        var left = RunOnce(deal.Build());

        deal.StageHistory(("proposal", _time.GetUtcNow()));
        var reEntered = new List<AlertPlan>();
        for (var day = 0; day < 16; day++)
        {
            _time.Advance(TimeSpan.FromDays(1));
            reEntered.Add(RunOnce(deal.Build()).Alerts);
        }

        Assert.Single(first.ToCreate);
        Assert.Equal((0, 1), (acknowledged.ToCreate.Count, acknowledged.Acknowledged.Count));
        Assert.Equal(first.ToCreate[0].Key, Assert.Single(left.Alerts.ToResolve).Key);
        Assert.Equal("stage_age_exceeded:deals:512:proposal:2025-03-03", Assert.Single(reEntered.SelectMany(p => p.ToCreate)).Key);
        Assert.Equal(15, reEntered.FindIndex(p => p.ToCreate.Count == 1) + 1);
    }

    [Fact]
    public void DailyRuns_DealClosed_ValueClearedAndAlertResolved()
    {
        var deal = new DealBuilder("512").StageHistory(("proposal", Utc(2025, 2, 1)));
        RunOnce(deal.Build());

        deal.StageHistory(("closedwon", _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromHours(1));
        var (plan, alerts) = RunOnce(deal.Build());

        Assert.Equal([new PlannedChange(StageAgeAnalyzer.DaysInStageProperty, "28", null)], Assert.Single(plan.Updates).Changes);
        Assert.Equal(AlertStatus.Resolved, Assert.Single(alerts.ToResolve).Status);
        Assert.Empty(_written["512"].Values);
    }

    private (WritePlan Plan, AlertPlan Alerts) RunOnce(CrmRecord deal)
    {
        var now = _time.GetUtcNow();
        var result = _runner.Run(TestPipelines.Context(now, deal));

        var plan = WriteBackPlanner.Plan(CrmObjectTypes.Deals, result.Values.Where(v => v.ObjectType == CrmObjectTypes.Deals), _written, new HashSet<string> { deal.Id });
        foreach (var state in plan.StatesToSave(plan.ToRecordUpdates().Select(u => u.RecordId)))
        {
            _written[state.RecordId] = state;
        }

        var existing = _alerts.Values.ToList();
        var taskStates = AlertPlanner.TaskIdsToCheck(existing).Where(_tasks.ContainsKey).ToDictionary(id => id, id => _tasks[id]);
        var alertPlan = AlertPlanner.Plan(result.Alerts, existing, taskStates, now, _runner.AlertTypes);
        foreach (var candidate in alertPlan.ToCreate)
        {
            var taskId = (_nextTaskId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _tasks[taskId] = CrmTaskState.Open;
            _alerts[candidate.Key] = candidate.ToOpenState(taskId, now);
        }

        foreach (var resolved in alertPlan.ToResolve)
        {
            _alerts[resolved.Key] = resolved;
        }

        return (plan, alertPlan);
    }
}
