using CrmSync.Core.Analysis;
using CrmSync.Core.Records;

namespace CrmSync.Core.StageCriteria;

/// <summary>Collects the values, findings and alerts of one stage-criteria run.</summary>
internal sealed class StageCriteriaOutput(StageCriteriaOptions options)
{
    private readonly List<ComputedValue> _values = [];
    private readonly List<AlertCandidate> _alerts = [];
    private readonly List<Finding> _findings = [];

    public void AddDeal(DealEvaluation evaluation)
    {
        var deal = evaluation.Deal;
        _values.Add(Value(deal, StageCriteriaAnalyzer.StatusProperty, evaluation.Status));
        var current = evaluation.Issues.Where(i => i.Current).Select(i => i.Detail).ToList();
        _values.Add(Value(deal, StageCriteriaAnalyzer.IssuesProperty, current.Count == 0 ? null : string.Join("\n", current)));
        _values.Add(Value(deal, StageCriteriaAnalyzer.BenchmarkProperty, evaluation.Benchmark is { } b ? StageBenchmark.Show(b.Days) : null));
        _values.Add(Value(deal, StageCriteriaAnalyzer.RatioProperty,
            evaluation.Benchmark is { } bench && evaluation.DaysInStage is { } days ? StageCriteriaAnalyzer.Ratio(days, bench.Days) : null));
        foreach (var issue in evaluation.Issues)
            Add(issue, deal, evaluation.Stage.Label, evaluation.IsOpen);
    }

    public void AddPerson(CrmRecord person, string? stage, StageRuleBook rules, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(stage) || rules.ForLifecycle(person.ObjectType, stage) is not { } stageRules)
            return;
        var values = RecordValues.Of(person, now, null);
        foreach (var criterion in stageRules.Entry.Where(c => !TransitionChecks.Holds(c, person, values, now)))
            Add(new RecordIssue(StageCriteriaRules.CriteriaNotMet, $"{stage}:{criterion.Id}", $"{criterion.Description} in {stage}", true), person, stage, open: true);
    }

    public AnalyzerResult ToResult() => new(_values, _alerts) { Findings = _findings };

    private void Add(RecordIssue issue, CrmRecord record, string? stageLabel, bool open)
    {
        // Closed deals never get tasks (metrics.md §10.3); transition rules only when configured.
        var task = open && (options.TasksForTransitionViolations || !StageCriteriaRules.IsTransition(issue.Rule));
        var alert = task ? IssueAlert.Create(issue, record, stageLabel) : null;
        if (alert is not null)
            _alerts.Add(alert);
        _findings.Add(new Finding(record.ObjectType, record.Id, issue.Rule, issue.Detail, alert?.Key));
    }

    private static ComputedValue Value(CrmRecord deal, string property, string? value) => new(CrmObjectTypes.Deals, deal.Id, property, value);
}
