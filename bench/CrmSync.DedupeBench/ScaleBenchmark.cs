using System.Diagnostics;
using System.Globalization;
using CrmSync.Core.Dedupe;
using CrmSync.DedupeBench.Generators;

namespace CrmSync.DedupeBench;

/// <summary>
/// One generated population at scale (one million by default): generated (not timed), then full runs (normalise,
/// block, train, score, cluster) timed, with the stage split, each run's peak resident memory (input records
/// included), quality against the planted duplicates, the candidate pairs per blocking key and the largest groups
/// with why they formed. The last line, "#result …", is read by <see cref="ScaleRuns"/>.
/// </summary>
internal static class ScaleBenchmark
{
    public static LabelledDataset Generate(string generator, int count) => generator switch
    {
        "synthetic" => SyntheticContacts.Generate(count, seed: 42),
        "hard" => HardPeople.Generate(count, seed: 11),
        "companies" => CompanyPopulation.Generate(count, seed: 13),
        _ => throw new ArgumentException($"Unknown generator '{generator}' (synthetic, hard or companies).", nameof(generator)),
    };

    public static void Run(string generator, int count, int runs, int threads, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var data = Generate(generator, count);
        GC.Collect();
        var inputMegabytes = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{data.Name}: generated in {clock.Elapsed.TotalSeconds:0.0} s (not timed); input records hold {inputMegabytes:0} MB of heap; load average {LoadAverage()}"));

        var detector = new DuplicateDetector(new DedupeSettings { Kind = data.Kind, MaxDegreeOfParallelism = threads });
        var seconds = new List<double>();
        var cpuSeconds = new List<double>();
        var peaks = new List<double>();
        var memoryReset = true;
        DedupeResult? result = null;
        for (var run = 0; run < Math.Max(1, runs); run++)
        {
            // Each run's own peak: the last run's result and garbage are returned to the system first, then the
            // high-water mark starts again at the input's resident size.
            result = null;
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            memoryReset &= PeakMemory.Reset();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var (gen0, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            using var timeline = Environment.GetEnvironmentVariable("DEDUPE_BENCH_MEMORY") is "1" or "live" ? new MemoryTimeline() : null;
            clock.Restart();
            result = detector.Run(data.Records);
            seconds.Add(clock.Elapsed.TotalSeconds);
            peaks.Add(PeakMemory.Megabytes());
            timeline?.Print(result.Timings, output);
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            cpuSeconds.Add(cpu);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {run + 1}: {seconds[^1]:0.00} s wall ({Stages(result.Timings)}), {cpu:0.00} s CPU ({Stages(result.Timings.Cpu!)}); GC {GC.CollectionCount(0) - gen0} gen0 / {GC.CollectionCount(2) - gen2} gen2, paused {(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.00} s; peak {peaks[^1]:0} MB; load {LoadAverage()}"));
        }

        var peak = peaks.Max();
        var truth = Metrics.TruePairs(data);
        var matched = result!.Pairs.Where(p => p.Probability >= detector.Settings.MatchThreshold).Select(p => Metrics.Key(p.IdA, p.IdB));
        var pairwise = Metrics.Pairwise(matched, truth);
        var bcubed = Metrics.BCubed(data, result.Groups);
        output.WriteLine("| set | records | candidates | median s | peak MB (largest run, input included) | true pairs | pairwise P / R / F1 | B³ P / R / F1 | groups (largest) |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {data.Name} | {count:N0} | {result.Blocking.TotalCompared:N0} | {DatasetBenchmark.Median(seconds):0.00} (of {seconds.Count}) | {peak:0}{(memoryReset ? "" : " (process)")} | {truth.Count:N0} | {pairwise.Precision:0.000} / {pairwise.Recall:0.000} / **{pairwise.F1:0.000}** | {bcubed.Precision:0.000} / {bcubed.Recall:0.000} / {bcubed.F1:0.000} | {result.Groups.Count:N0} ({result.LargestGroupSize}) |"));
        foreach (var pass in result.Blocking.Passes.Where(p => p.KeyedRecords > 0))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    key {pass.Key}: {pass.NewPairs:N0} candidate pairs; {pass.KeyedRecords:N0} records keyed, {pass.Blocks:N0} blocks, largest {pass.LargestBlock}, refined {pass.RefinedBlocks}, skipped {pass.OversizedBlocks}"));
        }

        foreach (var group in result.LargestGroups.Take(3))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    largest group: {group.Size} records, mean probability {group.Score:0.000}; {group.Why}"));
        }

        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"    warning: {warning}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"#result {DatasetBenchmark.Median(seconds)} {cpuSeconds.Max()} {peak} {pairwise.Precision} {pairwise.Recall} {pairwise.F1} {result.Blocking.TotalCompared}"));
    }

    private static string Stages(DedupeTimings t) => string.Create(CultureInfo.InvariantCulture,
        $"normalise {t.Normalise.TotalSeconds:0.00}, block {t.Block.TotalSeconds:0.00}, train {t.Train.TotalSeconds:0.00}, score {t.Score.TotalSeconds:0.00}, cluster {t.Cluster.TotalSeconds:0.00}");

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
