using System.Diagnostics;
using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench;

/// <summary>Runs the detector with the default settings of each set's record kind and measures it against the labels.</summary>
internal static class DatasetBenchmark
{
    public static DatasetReport Evaluate(LabelledDataset data, int runs)
    {
        var settings = new DedupeSettings { Kind = data.Kind };
        if (Environment.GetEnvironmentVariable("DEDUPE_BENCH_DROP") is { Length: > 0 } dropped)
        {
            // Diagnosis only: the default keys less the named ones, to see what each key brings.
            settings.BlockingKeys = DedupeDefaults.BlockingKeys(data.Kind).Where(k => !dropped.Split(',').Contains(k.ToString())).ToList();
        }

        var detector = new DuplicateDetector(settings);
        var truth = Metrics.TruePairs(data);
        var seconds = new List<double>();
        DedupeResult? result = null;
        for (var run = 0; run < Math.Max(1, runs); run++)
        {
            var clock = Stopwatch.StartNew();
            result = detector.Run(data.Records, new DedupeRunOptions { KeepScoredPairs = true });
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        if (Environment.GetEnvironmentVariable("DEDUPE_BENCH_VERBOSE") == "1")
        {
            ModelPrinter.Print(data.Name, result!.Model, Console.Out);
            Console.WriteLine($"  timings: {result.Timings}");
        }

        if (Environment.GetEnvironmentVariable("DEDUPE_BENCH_ERRORS") == data.Name)
        {
            ErrorPrinter.Print(data, result!, detector.Settings.MatchThreshold, truth, Console.Out);
        }

        var scored = result!.ScoredPairs!;
        var candidates = scored.Select(p => Metrics.Key(p.IdA, p.IdB)).ToList();
        var threshold = detector.Settings.MatchThreshold;
        var predicted = scored.Where(p => p.Probability >= threshold).Select(p => Metrics.Key(p.IdA, p.IdB));
        var coveredTruePairs = candidates.Count(truth.Contains);

        return new DatasetReport(
            data.Name,
            data.Records.Count,
            truth.Count,
            result.Blocking.TotalCompared,
            truth.Count == 0 ? 1 : (double)coveredTruePairs / truth.Count,
            result.Blocking.ReductionRatio,
            Metrics.Pairwise(predicted, truth),
            Metrics.Pairwise(Metrics.GroupPairs(result.Groups), truth),
            Metrics.BCubed(data, result.Groups),
            OracleBest(scored, truth),
            Median(seconds),
            Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0,
            result.Model.PriorMatchProbability,
            result.Groups.Count,
            result.LargestGroupSize);
    }

    /// <summary>The best pairwise F1 over a threshold sweep: reported apart, never used to configure anything.</summary>
    private static (double, Quality) OracleBest(IReadOnlyList<ScoredPair> scored, HashSet<(string, string)> truth)
    {
        var best = (Threshold: 0.0, Quality: new Quality(0, 0));
        var sweep = Environment.GetEnvironmentVariable("DEDUPE_BENCH_SWEEP") == "1";
        foreach (var threshold in new[] { 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999 })
        {
            var quality = Metrics.Pairwise(scored.Where(p => p.Probability >= threshold).Select(p => Metrics.Key(p.IdA, p.IdB)), truth);
            if (sweep)
            {
                Console.WriteLine(FormattableString.Invariant($"    sweep {threshold}: P {quality.Precision:0.000} R {quality.Recall:0.000} F1 {quality.F1:0.000}"));
            }

            if (quality.F1 > best.Quality.F1)
            {
                best = (threshold, quality);
            }
        }

        return best;
    }

    public static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
