using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Output;
using CrmSync.Core.Metrics.Records;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Metrics;

/// <summary>
/// After the analyzers ran: when the metrics analyzer is one of the job's, computes the period snapshots of
/// docs/metrics.md (this month, last month, quarter to date, trailing 12 months, as of the run's time) over the
/// stored records and keeps them in the store (<see cref="MetricSnapshotStore"/>).
/// </summary>
public sealed class MetricsSnapshotStep(StoredConnectorMetricsInputs inputs, MetricSnapshotStore snapshots) : IJobStep
{
    public async Task RunAsync(JobRunContext run, CancellationToken ct)
    {
        if (!run.Analyzers.Names.Contains(MetricsAnalyzer.AnalyzerName, StringComparer.Ordinal))
            return;
        var (input, options) = await inputs.LoadWithOptionsAsync(run.ConnectorName, ct);
        var now = run.Now.UtcDateTime;
        var engine = new MetricsEngine(input, options, now);
        var saved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, period) in Periods(now))
            saved[key] = MetricsJson.Write(engine.Compute(period), options);
        await snapshots.SaveAsync(run.ConnectorName, saved, ct);
    }

    /// <summary>The four snapshot periods as of <paramref name="now"/>, keyed so a later run of the same period replaces it.</summary>
    public static IReadOnlyList<(string Key, MetricsPeriod Period)> Periods(DateTime now)
    {
        var thisMonth = MetricsPeriod.Month(now.Year, now.Month);
        var lastMonthStart = thisMonth.From.AddMonths(-1);
        var lastMonth = MetricsPeriod.Month(lastMonthStart.Year, lastMonthStart.Month);
        var quarter = MetricsPeriod.Quarter(now.Year, ((now.Month - 1) / 3) + 1);
        // To the end of today: a period must not be empty on the first day of a quarter.
        var toDay = now.Date.AddDays(1);
        return
        [
            ($"month:{thisMonth.Label}", thisMonth),
            ($"month:{lastMonth.Label}", lastMonth),
            ($"quarter-to-date:{quarter.Label}", MetricsPeriod.Between(quarter.From, toDay)),
            ($"trailing-12-months:{thisMonth.Label}", MetricsPeriod.Between(thisMonth.To.AddMonths(-12), thisMonth.To)),
        ];
    }
}
