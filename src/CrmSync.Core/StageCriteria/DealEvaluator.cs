using System.Globalization;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageRules;

namespace CrmSync.Core.StageCriteria;

/// <summary>
/// Checks one deal against its current stage's rules: entry criteria, close date in the past, going dark, time
/// against the stage's benchmark (open deals), and every move of its history (<see cref="TransitionChecks"/>).
/// </summary>
internal sealed class DealEvaluator(
    StageCriteriaOptions options, StageRuleBook rules, IReadOnlyDictionary<string, (decimal? Days, int Sample)> learned)
{
    public DealEvaluation Evaluate(CrmRecord deal, CrmPipeline pipeline, PipelineStage stage, DateTimeOffset now)
    {
        var stageRules = rules.ForDeal(pipeline, stage);
        var issues = new List<RecordIssue>();
        var entry = StageEntryResolver.Resolve(deal);
        int? days = entry is null ? null : (int)Math.Max(0, Math.Floor((now - entry.EnteredAt).TotalDays));
        var evaluation = new DealEvaluation(deal, pipeline, stage, issues, null, null);
        var values = RecordValues.Of(deal, now, days);
        foreach (var criterion in stageRules?.Entry ?? [])
        {
            if (!TransitionChecks.Holds(criterion, deal, values, now))
                issues.Add(new RecordIssue(StageCriteriaRules.CriteriaNotMet, $"{stage.Id}:{criterion.Id}", $"{criterion.Description} in {stage.Label}", true));
        }

        StageBenchmark? benchmark = null;
        if (evaluation.IsOpen)
        {
            CloseDate(deal, now, issues);
            GoingDark(deal, stageRules?.GoingDarkDays ?? options.GoingDarkDays, now, issues);
            benchmark = BenchmarkFor(stage, stageRules);
            if (days is { } inStage && entry is not null && inStage > benchmark.Days)
            {
                var entered = entry.EnteredAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                issues.Add(new RecordIssue(StageCriteriaRules.StageTimeExceeded, $"{stage.Id}:{entered}",
                    $"{inStage} days in {stage.Label}, over its benchmark ({benchmark.Source})", true));
            }
        }

        issues.AddRange(TransitionChecks.Check(deal, pipeline, rules, options, now)
            .Select(i => i with { Current = i.Current && stage.Id == deal.Get(CanonicalFields.Stage) }));
        return evaluation with { Benchmark = benchmark, DaysInStage = evaluation.IsOpen ? days : null };
    }

    public StageBenchmark BenchmarkFor(PipelineStage stage, CompiledStageRules? stageRules)
    {
        if (stageRules?.BenchmarkDays is { } configured)
            return StageBenchmark.Configured(configured);
        var b = options.Benchmark;
        if (!b.Learn)
            return StageBenchmark.Configured(b.FallbackDays);
        var (value, sample) = learned.GetValueOrDefault(stage.Id);
        return value is { } days
            ? StageBenchmark.Learned(days, LearnedBenchmarks.Percent(b), sample)
            : StageBenchmark.Fallback(b.FallbackDays, sample, b.MinSample);
    }

    private static void CloseDate(CrmRecord deal, DateTimeOffset now, List<RecordIssue> issues)
    {
        if (CrmTimestamp.Parse(deal.Get(CanonicalFields.CloseDate)) is not { } close || close.UtcDateTime.Date >= now.UtcDateTime.Date)
            return;
        var day = close.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        issues.Add(new RecordIssue(StageCriteriaRules.CloseDateInPast, day, $"close date {day} is in the past and the deal is open", true));
    }

    private static void GoingDark(CrmRecord deal, int limit, DateTimeOffset now, List<RecordIssue> issues)
    {
        var last = CrmTimestamp.Parse(deal.Get(CanonicalFields.LastActivityAt));
        var since = last ?? CrmTimestamp.Parse(deal.Get(CanonicalFields.CreatedAt)) ?? deal.CreatedAt;
        var idle = (int)Math.Floor((now - since).TotalDays);
        if (idle <= limit)
            return;
        var day = since.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var what = last is null ? $"no activity logged since it was created on {day}" : $"no activity since {day}";
        issues.Add(new RecordIssue(StageCriteriaRules.GoingDark, day, $"going dark: {what} ({idle} days, limit {limit})", true));
    }
}
