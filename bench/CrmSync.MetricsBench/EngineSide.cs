using System.Diagnostics;
using CrmSync.Core.Metrics;

namespace CrmSync.MetricsBench;

/// <summary>CrmSync's side: the generated rows through the input builder, then the engine for the twelve periods, N times.</summary>
internal static class EngineSide
{
    public static SideResult Run(BenchSettings settings)
    {
        var load = Stopwatch.StartNew();
        var sink = new EngineSink();
        new BenchGenerator(settings).Generate(sink);
        var input = sink.Builder.Build();
        load.Stop();
        var loadPeak = SideResult.EndLoading();
        var options = settings.Options();
        if (options.Validate("bench") is [var problem, ..])
            throw new InvalidOperationException(problem);

        var result = new SideResult
        {
            Side = "CrmSync",
            LoadSeconds = load.Elapsed.TotalSeconds,
            LoadPeakMb = loadPeak,
            Rows = new()
            {
                ["deals"] = input.Deals.Count, ["stage history"] = input.History.Count, ["contacts"] = input.Contacts.Count,
                ["lifecycle history"] = input.Contacts.LifecycleAt.Length, ["customers"] = input.Revenue.CustomerCount,
                ["MRR months"] = input.Revenue.MonthCount,
            },
        };
        List<MetricsReport> reports = [];
        for (var run = 0; run < settings.Runs; run++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            var engine = new MetricsEngine(input, options, BenchSettings.AsOf);
            reports = BenchSettings.Periods.Select(p => engine.Compute(p)).ToList();
            result.Seconds.Add(clock.Elapsed.TotalSeconds);
        }

        foreach (var report in reports)
            result.Results[report.Period.Label] = report.Metrics.Items.ToDictionary(i => i.Key, i => i.Value.Value is { } v ? (double?)(double)v : null);
        result.PeakMb = SideResult.PeakResidentMb();
        return result;
    }
}
