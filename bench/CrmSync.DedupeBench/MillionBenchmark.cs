using System.Diagnostics;
using System.Globalization;
using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench;

/// <summary>
/// Generates the synthetic contact set (not timed), then times full runs (normalise, block, train, score,
/// cluster) and reports the median, the stage split, peak memory and quality against the planted duplicates.
/// </summary>
internal static class MillionBenchmark
{
    public static void Run(int count, int runs, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var data = SyntheticContacts.Generate(count, seed: 42);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Synthetic contacts: {count:N0} generated in {clock.Elapsed.TotalSeconds:0.0} s (not timed); load average {LoadAverage()}"));
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  heap holding the input records: {baseline:0} MB; working set {Process.GetCurrentProcess().WorkingSet64 / 1048576.0:0} MB"));

        var detector = new DuplicateDetector(new DedupeSettings { Kind = RecordKind.Person });
        var seconds = new List<double>();
        DedupeResult? result = null;
        for (var run = 0; run < Math.Max(1, runs); run++)
        {
            result = null;
            GC.Collect();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            result = detector.Run(data.Records);
            seconds.Add(clock.Elapsed.TotalSeconds);
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var gcInfo = GC.GetGCMemoryInfo();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  after run {run + 1}: heap {GC.GetTotalMemory(false) / 1048576.0:0} MB, committed {gcInfo.TotalCommittedBytes / 1048576.0:0} MB, peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {run + 1}: {seconds[^1]:0.00} s wall, {cpu:0.00} s CPU — {Stages(result.Timings)}; load {LoadAverage()}"));
        }

        var runPeak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        var truth = Metrics.TruePairs(data);
        if (Environment.GetEnvironmentVariable("DEDUPE_BENCH_ERRORS") == "synthetic")
        {
            var byId = data.Records.ToDictionary(r => r.Id);
            foreach (var pair in result!.Pairs.Where(p => p.Probability >= detector.Settings.MatchThreshold && !truth.Contains(Metrics.Key(p.IdA, p.IdB))).Take(25))
            {
                output.WriteLine($"  FP p={pair.Probability:0.000} {string.Join(", ", byId[pair.IdA].Fields.Select(f => f.Value))} || {string.Join(", ", byId[pair.IdB].Fields.Select(f => f.Value))}");
                output.WriteLine($"      {pair.Reason}");
            }
        }

        var matched = result!.Pairs.Where(p => p.Probability >= detector.Settings.MatchThreshold).Select(p => Metrics.Key(p.IdA, p.IdB));
        var pairwise = Metrics.Pairwise(matched, truth);
        var bcubed = Metrics.BCubed(data, result.Groups);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| records | candidates | RR | oversized blocks | median s (of {seconds.Count}) | process peak working set MB (generation + runs) | planted pairs | pairwise P / R / F1 | B³ P / R / F1 | groups (max) |"));
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {count:N0} | {result.Blocking.TotalCompared:N0} | {result.Blocking.ReductionRatio:0.000000} | {result.Blocking.OversizedBlocks} | {DatasetBenchmark.Median(seconds):0.00} | {runPeak:0} | {truth.Count:N0} | {pairwise.Precision:0.000} / {pairwise.Recall:0.000} / {pairwise.F1:0.000} | {bcubed.Precision:0.000} / {bcubed.Recall:0.000} / {bcubed.F1:0.000} | {result.Groups.Count:N0} ({result.LargestGroupSize}) |"));
        foreach (var pass in result.Blocking.Passes)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    pass {pass.Key}: keyed {pass.KeyedRecords:N0}, blocks {pass.Blocks:N0}, largest {pass.LargestBlock}, oversized {pass.OversizedBlocks}, new pairs {pass.NewPairs:N0}"));
        }
    }

    private static string Stages(DedupeTimings t) => string.Create(CultureInfo.InvariantCulture,
        $"normalise {t.Normalise.TotalSeconds:0.00}, block {t.Block.TotalSeconds:0.00}, train {t.Train.TotalSeconds:0.00}, score {t.Score.TotalSeconds:0.00}, cluster {t.Cluster.TotalSeconds:0.00}");

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
