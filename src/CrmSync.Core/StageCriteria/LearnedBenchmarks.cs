using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageRules;

namespace CrmSync.Core.StageCriteria;

/// <summary>
/// Per stage id, the configured percentile of won deals' time in the stage, computed by the metrics engine
/// (metrics.md §4.2: closed deals that exited the stage, implied visits excluded) over the connector's stage history.
/// A stage with fewer than the minimum sample has none (the caller falls back).
/// </summary>
internal static class LearnedBenchmarks
{
    public static Dictionary<string, (decimal? Days, int Sample)> Compute(
        IReadOnlyList<CrmRecord> deals, IReadOnlyList<CrmPipeline> pipelines, DateTimeOffset now, BenchmarkOptions options)
    {
        var dealPipelines = pipelines.Where(p => p.ObjectType == CrmObjectTypes.Deals).ToList();
        var result = new Dictionary<string, (decimal?, int)>(StringComparer.Ordinal);
        if (dealPipelines.Count == 0)
            return result;

        var builder = new MetricsInputBuilder();
        foreach (var pipeline in dealPipelines)
        {
            foreach (var stage in pipeline.Stages)
                builder.AddStage(pipeline.Id, stage.Id, stage.Label, stage.DisplayOrder, stage.IsClosed, stage.IsWon);
        }

        var lookup = new DealStageLookup(pipelines);
        var earliest = now.UtcDateTime;
        foreach (var deal in deals.Where(d => !d.Archived))
        {
            var stageId = deal.Get(CanonicalFields.Stage);
            if (string.IsNullOrWhiteSpace(stageId) || lookup.Find(deal, stageId) is not { } found
                || !deal.History.TryGetValue(CanonicalFields.Stage, out var history) || history.Count == 0)
            {
                continue;
            }

            var created = (CrmTimestamp.Parse(deal.Get(CanonicalFields.CreatedAt)) ?? deal.CreatedAt).UtcDateTime;
            earliest = created < earliest ? created : earliest;
            builder.AddDeal(deal.Id, found.Pipeline.Id, stageId, null, created, null, null, null);
            foreach (var entry in history.OrderBy(h => h.Timestamp))
            {
                if (entry.Value is { } visited && found.Pipeline.FindStage(visited) is not null)
                    builder.AddStageEntry(deal.Id, visited, entry.Timestamp.UtcDateTime);
            }
        }

        var metricOptions = new MetricsOptions { MinSampleForBenchmarks = options.MinSample, BenchmarksIncludeLost = false };
        var report = new MetricsEngine(builder.Build(), metricOptions, now.UtcDateTime)
            .Compute(MetricsPeriod.Between(earliest.Date.AddDays(-1), now.UtcDateTime.AddDays(1)));
        var suffix = $"p{Percent(options)}";
        foreach (var stage in dealPipelines.SelectMany(p => p.Stages).Where(s => !s.IsClosed))
        {
            if (report.Metrics.TryGet(MetricKeys.TimeInStage(stage.Id, suffix), out var value))
                result[stage.Id] = (value.Value, value.N);
        }

        return result;
    }

    public static int Percent(BenchmarkOptions options) => (int)Math.Round(options.Percentile * 100);
}
