using CrmSync.Core.Metrics;
using CrmSync.Worker.Dashboard.Charts;

namespace CrmSync.Worker.Dashboard.Sections;

/// <summary>
/// The left side of the bowtie for the page's period: the volumes V1–V6 as a funnel with the conversion rate and the
/// median Δt between consecutive volumes, a table of the same with the cohort-basis rates, and the pipeline stages'
/// conversion and Δt. The engine measures Δt between deal events: between the deal volumes (V5 created → V6 won, the
/// sales cycle) and between pipeline stages; between contact volumes the table says it is not measured.
/// </summary>
public sealed class FunnelSection : MetricsSection
{
    public const string Chart = "funnel";

    public override int Order => 100;

    public override string Title => "Funnel: volumes V1–V6, conversion and Δt";

    protected override IReadOnlyList<string> Charts => [Chart];

    protected override string Render(ConnectorMetrics metrics)
    {
        var set = metrics.Period!.Metrics;
        var options = metrics.Options;
        var volumes = MetricKeys.LeftVolumes
            .Select(key => (Label: Label(options, key, set[key]), Count: set[key].Value))
            .ToList();
        var rows = Transitions(metrics).ToList();
        var svg = FunnelChart.Render($"Volumes {metrics.Period.Period.Label}", volumes,
            rows.Select(r => r.Conversion.HasValue ? $"CR {ChartFormat.Percent(r.Conversion.Value!.Value)}{(r.Gap is { HasValue: true } gap ? $"\n\u0394t {ChartFormat.Days(gap.Value!.Value)}" : "")}" : null).ToList());
        var table = PageHtml.Table(["From", "To", "CR (period)", "CR (cohort)", "\u0394t median"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                $"{options.AliasOf(r.From)} {r.From}", $"{options.AliasOf(r.To)} {r.To}",
                ChartFormat.Value(r.Conversion, ChartFormat.Percent),
                r.Cohort is { } cohort ? ChartFormat.Value(cohort, ChartFormat.Percent) : "not defined (different records)",
                r.Gap is { } gap ? ChartFormat.Value(gap, ChartFormat.Days) : "not measured",
            ]));
        return PageHtml.Chart(Chart, svg) + table + StageTable(set);
    }

    private static string Label(MetricsOptions options, string key, MetricValue value) =>
        value.HasValue ? $"{options.AliasOf(key)} {key}" : $"{options.AliasOf(key)} {key}\nnull: {value.Reason}";

    private static IEnumerable<(string From, string To, MetricValue Conversion, MetricValue? Cohort, MetricValue? Gap)> Transitions(ConnectorMetrics metrics)
    {
        var set = metrics.Period!.Metrics;
        var cycle = IsDealCycle(metrics.Options);
        for (var i = 0; i + 1 < MetricKeys.LeftVolumes.Count; i++)
        {
            var (from, to) = (MetricKeys.LeftVolumes[i], MetricKeys.LeftVolumes[i + 1]);
            MetricValue? cohort = set.TryGet(MetricKeys.CohortConversion(from, to), out var c) ? c : null;
            MetricValue? gap = cycle && to == MetricKeys.Won ? set[MetricKeys.SalesCycleDays] : null;
            yield return (from, to, set[MetricKeys.Conversion(from, to)], cohort, gap);
        }
    }

    /// <summary>V5 → V6 is the sales cycle when the volumes are the default deal events (created, won).</summary>
    private static bool IsDealCycle(MetricsOptions options)
    {
        var sources = options.ParsedVolumeSources();
        return sources.TryGetValue(MetricKeys.Opportunities, out var opportunities) && opportunities.Kind == VolumeSourceKind.DealCreated
            && sources.TryGetValue(MetricKeys.Won, out var won) && won.Kind == VolumeSourceKind.DealWon;
    }

    /// <summary>The pipeline stages' consecutive conversions (<c>cr.a.b</c>) with their Δt (<c>dt.a.b</c>).</summary>
    private static string StageTable(MetricSet set)
    {
        var rows = set.Keys
            .Where(k => k.StartsWith("dt.", StringComparison.Ordinal) && k.Count(ch => ch == '.') == 2)
            .Select(k => k.Split('.'))
            .Select(p => (IReadOnlyList<string>)
            [
                p[1], p[2],
                set.TryGet(MetricKeys.Conversion(p[1], p[2]), out var cr) ? ChartFormat.Value(cr, ChartFormat.Percent) : "",
                ChartFormat.Value(set[MetricKeys.StageGap(p[1], p[2])], ChartFormat.Days),
                ChartFormat.Value(set[MetricKeys.StageGap(p[1], p[2], "p90")], ChartFormat.Days),
            ])
            .ToList();
        return rows.Count == 0 ? "" : "<h4>Pipeline stages</h4>" + PageHtml.Table(["From stage", "To stage", "CR (period)", "\u0394t median", "\u0394t p90"], rows);
    }
}
