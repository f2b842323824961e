namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Unsupervised estimation of the match probabilities m and of the prior π by EM, with the non-match
/// probabilities u taken from random record pairs (Splink's approach). Random pairs include a share π of
/// matches, which in a small table is not negligible, so each iteration removes the matched (and related) pairs'
/// part: u = (f − Σ π_c·p_c) / (1 − Σ π_c), f being the random-pair level frequencies. The mixture is fitted over
/// the whole pair universe: candidate pairs enter through their comparison patterns, and pairs that blocking did
/// not produce are taken as unrelated. Holding u fixed keeps EM from redefining the non-match class.
/// <para>
/// Fixed u alone is not enough where distinct entities share identifiers: a household's members agree on email,
/// phone, surname and city far more often than independent random pairs could, and a two-class EM then calls them
/// matches, learning that a match's first name and birth date often differ. Each related class
/// (<see cref="RelatedClassParameters"/>) absorbs such pairs: on its identifying comparisons it behaves as unrelated
/// pairs (u), on the others as matches (m: relatives share contact details as duplicates do). Only its prior is
/// free, so it cannot drift into a mode of its own; the match class keeps the pairs whose identifying fields agree
/// too, its disagreement probabilities stay those of real duplicates, and disagreement weighs as it should.
/// </para>
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
    /// <param name="related">Related-entity classes: a description and, per comparison, whether it is identifying (tied to u).</param>
    public static FellegiSunterModel Train(
        IReadOnlyDictionary<ulong, double> patternCounts, int[] levelCounts, double[][] randomPairFrequencies, double universePairs,
        int maxIterations, double minimumU = 1e-7, IReadOnlyList<(string Description, bool[] Tied)>? related = null)
    {
        related ??= [];
        var u = randomPairFrequencies.Select(row => (double[])row.Clone()).ToArray();
        var (levels, counts) = Unpack(patternCounts, levelCounts.Length);
        var classes = 1 + related.Count;
        var tied = new[] { new bool[levelCounts.Length] }.Concat(related.Select(r => r.Tied)).ToArray();
        var m = levelCounts.Select(StartM).ToArray();
        var priors = Enumerable.Repeat(Math.Clamp(StartMatchShareOfCandidates * counts.Sum() / universePairs, 1e-12, 0.5 / classes), classes).ToArray();
        var posterior = new double[classes, counts.Length];
        var iteration = 0;
        var converged = false;
        while (iteration < maxIterations && !converged)
        {
            iteration++;
            ExpectationStep(levels, m, tied, u, priors, posterior);
            var (mass, newM) = MaximisationStep(levels, counts, posterior, tied, levelCounts);
            var newPriors = mass.Select(x => Math.Clamp(x / universePairs, 1e-15, 0.999 / classes)).ToArray();
            var newU = NonMatchShare(randomPairFrequencies, newM, tied, newPriors, minimumU);
            converged = priors.Zip(newPriors).All(x => Math.Abs(Math.Log(x.Second / x.First)) < Tolerance) &&
                        MaxChange(m, newM) < Tolerance && MaxChange(u, newU) < Tolerance;
            (priors, m, u) = (newPriors, newM, newU);
        }

        var relatedClasses = related.Select((r, i) => new RelatedClassParameters(r.Description, r.Tied, priors[i + 1])).ToList();
        return new FellegiSunterModel(priors[0], m, u, iteration, converged, relatedClasses);
    }

    private static (byte[,] Levels, double[] Counts) Unpack(IReadOnlyDictionary<ulong, double> patternCounts, int comparisons)
    {
        var patterns = patternCounts.Keys.Order().ToArray(); // a fixed order keeps floating-point sums identical run to run
        var levels = new byte[patterns.Length, comparisons];
        for (var i = 0; i < patterns.Length; i++)
        {
            for (var k = 0; k < comparisons; k++)
            {
                levels[i, k] = (byte)ComparisonSet.LevelOf(patterns[i], k);
            }
        }

        return (levels, patterns.Select(x => patternCounts[x]).ToArray());
    }

    /// <summary>
    /// u = (f − π_m·m) / (1 − π_m) per level, π_m being the prior mass of the classes that use m for the comparison
    /// (matches, and related classes that do not tie it to u); floored and renormalised.
    /// </summary>
    internal static double[][] NonMatchShare(double[][] frequencies, double[][] m, bool[][] tied, double[] priors, double minimumU)
    {
        var u = new double[frequencies.Length][];
        for (var k = 0; k < frequencies.Length; k++)
        {
            var share = 0.0;
            for (var c = 0; c < priors.Length; c++)
            {
                share += tied[c][k] ? 0 : priors[c];
            }

            u[k] = new double[frequencies[k].Length];
            var sum = 0.0;
            for (var level = 1; level < u[k].Length; level++)
            {
                u[k][level] = Math.Max(minimumU, (frequencies[k][level] - share * m[k][level]) / (1 - share));
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

    private static void ExpectationStep(byte[,] levels, double[][] m, bool[][] tied, double[][] u, double[] priors, double[,] posterior)
    {
        var classes = priors.Length;
        var unrelated = 1 - priors.Sum();
        Span<double> logRatio = stackalloc double[classes];
        for (var i = 0; i < posterior.GetLength(1); i++)
        {
            var max = 0.0;
            for (var c = 0; c < classes; c++)
            {
                var sum = Math.Log(priors[c] / unrelated);
                for (var k = 0; k < u.Length; k++)
                {
                    var level = levels[i, k];
                    if (level != 0 && !tied[c][k])
                    {
                        sum += Math.Log(m[k][level] / u[k][level]);
                    }
                }

                logRatio[c] = sum;
                max = Math.Max(max, sum);
            }

            // Softmax over the classes and the unrelated class (log-ratio 0), shifted by the largest for stability.
            var total = Math.Exp(-max);
            for (var c = 0; c < classes; c++)
            {
                total += Math.Exp(logRatio[c] - max);
            }

            for (var c = 0; c < classes; c++)
            {
                posterior[c, i] = Math.Exp(logRatio[c] - max) / total;
            }
        }
    }

    /// <summary>Class masses, and m from every class that uses it for a comparison.</summary>
    private static (double[] Mass, double[][] M) MaximisationStep(byte[,] levels, double[] counts, double[,] posterior, bool[][] tied, int[] levelCounts)
    {
        var classes = posterior.GetLength(0);
        var mass = new double[classes];
        var levelMass = levelCounts.Select(n => new double[n]).ToArray();
        for (var i = 0; i < counts.Length; i++)
        {
            for (var c = 0; c < classes; c++)
            {
                var weight = counts[i] * posterior[c, i];
                mass[c] += weight;
                if (c == 0)
                {
                    for (var k = 0; k < levelCounts.Length; k++)
                    {
                        levelMass[k][levels[i, k]] += weight;
                    }
                }
            }
        }

        return (mass, Normalise(levelMass));
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
