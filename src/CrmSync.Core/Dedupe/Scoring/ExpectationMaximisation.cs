namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Unsupervised estimation of the match probabilities m and of the prior π by EM, with the non-match
/// probabilities u taken from random record pairs (Splink's approach). Random pairs include a share π of
/// matches, which in a small table is not negligible (two exact birth dates among random pairs may be half
/// duplicates), so each iteration removes the matches' part: u = (f − π·m) / (1 − π), f being the random-pair
/// level frequencies. The mixture is fitted over
/// the whole pair universe: candidate pairs enter through their comparison patterns, and pairs that blocking did
/// not produce are taken as non-matches. Holding u fixed keeps EM from redefining the non-match class (with u
/// free, EM on blocked pairs tends to split "same email" from "different email" instead of match from
/// non-match), and the posterior is the probability that a pair with these comparison levels is a match.
/// </summary>
internal static class ExpectationMaximisation
{
    private const double PseudoCount = 0.1;
    private const double Tolerance = 1e-6;
    private const double StartMatchShareOfCandidates = 0.3;

    /// <param name="patternCounts">Comparison pattern → number of candidate pairs with it (already scaled up when sampled).</param>
    /// <param name="randomPairFrequencies">Level frequencies over random record pairs (index 0, the missing level, is ignored).</param>
    /// <param name="universePairs">n(n−1)/2: all record pairs.</param>
    /// <param name="minimumU">Floor of any u: about one occurrence in the random sample.</param>
    public static FellegiSunterModel Train(IReadOnlyDictionary<ulong, double> patternCounts, int[] levelCounts, double[][] randomPairFrequencies, double universePairs, int maxIterations, double minimumU = 1e-7)
    {
        var u = randomPairFrequencies.Select(row => (double[])row.Clone()).ToArray();
        var (levels, counts) = Unpack(patternCounts, levelCounts.Length);

        var candidates = counts.Sum();
        var m = levelCounts.Select(StartM).ToArray();
        var prior = Math.Clamp(StartMatchShareOfCandidates * candidates / universePairs, 1e-12, 0.5);
        var posterior = new double[counts.Length];
        var iteration = 0;
        var converged = false;
        while (iteration < maxIterations && !converged)
        {
            iteration++;
            ExpectationStep(levels, m, u, prior, posterior);
            var (matches, newM) = MaximisationStep(levels, counts, posterior, levelCounts);
            var newPrior = Math.Clamp(matches / universePairs, 1e-15, 0.999);
            var newU = NonMatchShare(randomPairFrequencies, newM, newPrior, minimumU);
            converged = Math.Abs(Math.Log(newPrior / prior)) < Tolerance && MaxChange(m, newM) < Tolerance && MaxChange(u, newU) < Tolerance;
            (prior, m, u) = (newPrior, newM, newU);
        }

        return new FellegiSunterModel(prior, m, u, iteration, converged);
    }

    private static (byte[,] Levels, double[] Counts) Unpack(IReadOnlyDictionary<ulong, double> patternCounts, int comparisons)
    {
        var patterns = patternCounts.Keys.Order().ToArray(); // a fixed order keeps floating-point sums identical run to run
        var levels = new byte[patterns.Length, comparisons];
        for (var p = 0; p < patterns.Length; p++)
        {
            for (var k = 0; k < comparisons; k++)
            {
                levels[p, k] = (byte)ComparisonSet.LevelOf(patterns[p], k);
            }
        }

        return (levels, patterns.Select(p => patternCounts[p]).ToArray());
    }

    /// <summary>u = (f − π·m) / (1 − π) per level, floored and renormalised over the non-missing levels.</summary>
    internal static double[][] NonMatchShare(double[][] frequencies, double[][] m, double prior, double minimumU)
    {
        var u = new double[frequencies.Length][];
        for (var k = 0; k < frequencies.Length; k++)
        {
            u[k] = new double[frequencies[k].Length];
            var sum = 0.0;
            for (var level = 1; level < u[k].Length; level++)
            {
                u[k][level] = Math.Max(minimumU, (frequencies[k][level] - prior * m[k][level]) / (1 - prior));
                sum += u[k][level];
            }

            for (var level = 1; level < u[k].Length; level++)
            {
                u[k][level] /= sum;
            }
        }

        return u;
    }

    /// <summary>A generic start: agreement likely among matches (exact most), disagreement rare.</summary>
    internal static double[] StartM(int levelCount)
    {
        var m = new double[levelCount];
        var agreementLevels = levelCount - 2;
        m[levelCount - 1] = 0.05;
        m[1] = agreementLevels == 1 ? 0.95 : 0.7;
        for (var level = 2; level < levelCount - 1; level++)
        {
            m[level] = 0.25 / (agreementLevels - 1);
        }

        return m;
    }

    private static void ExpectationStep(byte[,] levels, double[][] m, double[][] u, double prior, double[] posterior)
    {
        var priorLog = Math.Log(prior / (1 - prior));
        for (var p = 0; p < posterior.Length; p++)
        {
            var logRatio = priorLog;
            for (var k = 0; k < m.Length; k++)
            {
                var level = levels[p, k];
                if (level != 0)
                {
                    logRatio += Math.Log(m[k][level] / u[k][level]);
                }
            }

            posterior[p] = 1.0 / (1.0 + Math.Exp(-Math.Clamp(logRatio, -700, 700)));
        }
    }

    private static (double Matches, double[][] M) MaximisationStep(byte[,] levels, double[] counts, double[] posterior, int[] levelCounts)
    {
        var matchMass = levelCounts.Select(n => new double[n]).ToArray();
        double matches = 0;
        for (var p = 0; p < counts.Length; p++)
        {
            var match = counts[p] * posterior[p];
            matches += match;
            for (var k = 0; k < levelCounts.Length; k++)
            {
                matchMass[k][levels[p, k]] += match;
            }
        }

        return (matches, Normalise(matchMass));
    }

    /// <summary>Level probabilities over the non-missing levels, with a small pseudo-count so none is zero.</summary>
    private static double[][] Normalise(double[][] mass)
    {
        var result = new double[mass.Length][];
        for (var k = 0; k < mass.Length; k++)
        {
            result[k] = new double[mass[k].Length];
            var sum = 0.0;
            for (var level = 1; level < mass[k].Length; level++)
            {
                sum += mass[k][level] + PseudoCount;
            }

            for (var level = 1; level < mass[k].Length; level++)
            {
                result[k][level] = (mass[k][level] + PseudoCount) / sum;
            }
        }

        return result;
    }

    private static double MaxChange(double[][] before, double[][] after)
    {
        var max = 0.0;
        for (var k = 0; k < before.Length; k++)
        {
            for (var level = 1; level < before[k].Length; level++)
            {
                max = Math.Max(max, Math.Abs(before[k][level] - after[k][level]));
            }
        }

        return max;
    }
}
