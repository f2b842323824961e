using CrmSync.Core.Dedupe.Blocking;
using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Trains the model from the data itself, without labels: u from random record pairs (corrected for the
/// matches among them), then m and the prior π by EM over the comparison patterns of the candidate pairs (a
/// deterministic hash sample of them when there are more than the configured maximum).
/// </summary>
internal static class ModelTrainer
{

    public static (FellegiSunterModel Model, long TrainingPairs) Train(
        ComparisonSet set, RecordFeatures features, CandidatePairs candidates, DedupeSettings settings, CancellationToken cancellationToken)
    {
        var levelCounts = set.LevelCounts();
        var u = RandomPairLevels(set, features, settings.RandomPairsForU, settings.Seed, settings.EffectiveParallelism());
        // The rate comes from the pairs the blocks hold (an upper bound of the candidates, as a pair may share
        // several blocks); counts are scaled by 1 / rate, which is unbiased whatever the rate.
        var blockPairs = candidates.Index.Blocks.Sum(b => b.PairCount);
        var rate = blockPairs <= settings.EmMaxTrainingPairs ? 1.0 : (double)settings.EmMaxTrainingPairs / blockPairs;
        var cutoff = rate >= 1.0 ? ulong.MaxValue : (ulong)(rate * ulong.MaxValue);
        var patterns = new Dictionary<ulong, double>();
        candidates.ForEach(
            () => new Dictionary<ulong, long>(),
            (local, a, b, _) =>
            {
                var pattern = set.Pattern(features, a, b);
                local[pattern] = local.GetValueOrDefault(pattern) + 1;
            },
            local =>
            {
                foreach (var (pattern, count) in local)
                {
                    patterns[pattern] = patterns.GetValueOrDefault(pattern) + count / rate;
                }
            },
            settings.EffectiveParallelism(),
            cancellationToken,
            rate >= 1.0 ? null : (a, b) => KeyHash.Mix(((ulong)(uint)a << 32) | (uint)b) <= cutoff);

        var trainingPairs = (long)Math.Round(patterns.Values.Sum() * rate);
        var universe = (double)features.Count * (features.Count - 1) / 2;
        if (trainingPairs == 0 || set.Count == 0)
        {
            var startM = levelCounts.Select(ExpectationMaximisation.StartM).ToArray();
            return (new FellegiSunterModel(Math.Clamp(1.0 / Math.Max(universe, 2), 1e-15, 0.5), startM, u, 0, false), 0);
        }

        var minimumU = 0.5 / Math.Min(universe, settings.RandomPairsForU);
        var related = set.Related(DedupeDefaults.RelatedClasses(settings.Kind));
        return (ExpectationMaximisation.Train(patterns, levelCounts, u, universe, settings.EmMaxIterations, minimumU, related), trainingPairs);
    }

    /// <summary>
    /// Level frequencies over random record pairs (almost all non-matches), smoothed by one count per level.
    /// Sampled in fixed chunks, each with its own seed, so the result does not depend on thread scheduling.
    /// </summary>
    internal static double[][] RandomPairLevels(ComparisonSet set, RecordFeatures features, int samples, int seed, int parallelism = 1)
    {
        const int chunkSize = 8192;
        var levelCounts = set.LevelCounts();
        var n = features.Count;
        if ((long)n * (n - 1) / 2 <= samples)
        {
            return Smoothed(AllPairLevels(set, features, levelCounts));
        }

        var counts = levelCounts.Select(levels => new double[levels]).ToArray();
        var chunks = n < 2 ? 0 : (samples + chunkSize - 1) / chunkSize;
        var gate = new object();
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, chunk =>
        {
            var local = levelCounts.Select(levels => new long[levels]).ToArray();
            var random = new Random(unchecked((seed * 7919) + chunk));
            var size = Math.Min(chunkSize, samples - chunk * chunkSize);
            for (var s = 0; s < size; s++)
            {
                var a = random.Next(n);
                var b = random.Next(n - 1);
                b = b >= a ? b + 1 : b;
                for (var k = 0; k < set.Count; k++)
                {
                    local[k][set.Comparisons[k].Compare(features, a, b)]++;
                }
            }

            lock (gate)
            {
                for (var k = 0; k < counts.Length; k++)
                {
                    for (var level = 0; level < counts[k].Length; level++)
                    {
                        counts[k][level] += local[k][level];
                    }
                }
            }
        });

        return Smoothed(counts);
    }

    /// <summary>Small tables are compared exhaustively: exact level frequencies instead of a sample.</summary>
    private static double[][] AllPairLevels(ComparisonSet set, RecordFeatures features, int[] levelCounts)
    {
        var counts = levelCounts.Select(levels => new double[levels]).ToArray();
        for (var a = 0; a < features.Count; a++)
        {
            for (var b = a + 1; b < features.Count; b++)
            {
                for (var k = 0; k < set.Count; k++)
                {
                    counts[k][set.Comparisons[k].Compare(features, a, b)]++;
                }
            }
        }

        return counts;
    }

    private static double[][] Smoothed(double[][] counts)
    {
        foreach (var row in counts)
        {
            var total = 0.0;
            for (var level = 1; level < row.Length; level++)
            {
                total += row[level] + 1;
            }

            for (var level = 1; level < row.Length; level++)
            {
                row[level] = (row[level] + 1) / total;
            }

            row[0] = 0;
        }

        return counts;
    }
}
