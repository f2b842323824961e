namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// A trained Fellegi–Sunter model: the prior π (probability that two random records match) and, per comparison
/// and level, the m and u probabilities; weights are log2(m/u) in bits and the missing level weighs 0. With
/// related-entity classes (<see cref="RelatedEntityClass"/>) the match probability is
/// 2^W / (1 + 2^W + Σ 2^W_r), W_r being a related class's weight against unrelated pairs: the match weight less
/// that of its identifying comparisons, plus log2(π_r / π).
/// </summary>
internal sealed class FellegiSunterModel
{
    public FellegiSunterModel(double prior, double[][] m, double[][] u, int iterations, bool converged, IReadOnlyList<RelatedClassParameters>? related = null)
    {
        Prior = prior;
        M = m;
        U = u;
        Iterations = iterations;
        Converged = converged;
        Related = related ?? [];
        var unrelated = 1 - prior - Related.Sum(r => r.Prior);
        PriorWeight = Math.Log2(prior / unrelated);
        Weights = new double[m.Length][];
        for (var k = 0; k < m.Length; k++)
        {
            Weights[k] = new double[m[k].Length];
            for (var level = 1; level < m[k].Length; level++)
            {
                Weights[k][level] = Math.Log2(m[k][level] / u[k][level]);
            }
        }
        RelatedPriorWeights = Related.Select(r => Math.Log2(Math.Max(r.Prior, 1e-300) / unrelated)).ToArray();
    }

    public double Prior { get; }

    public double[][] M { get; }

    public double[][] U { get; }

    /// <summary>Partial match weights in bits, by comparison and level.</summary>
    public double[][] Weights { get; }

    public double PriorWeight { get; }

    public IReadOnlyList<RelatedClassParameters> Related { get; }

    public double[] RelatedPriorWeights { get; }

    public int Iterations { get; }

    public bool Converged { get; }

    public static double Probability(double matchWeight) => 1.0 / (1.0 + Math.Pow(2, -matchWeight));

    /// <summary>
    /// Bits by which the related classes lower the match weight, log2(1 + Σ 2^W_r) for the pair's levels (the
    /// term-frequency bits count for a related class on the comparisons it does not tie to u), and the class that
    /// weighs most (−1 without related classes).
    /// </summary>
    public (double Bits, int Strongest) RelatedPenalty(ReadOnlySpan<int> levels, ReadOnlySpan<double> frequencyBits)
    {
        var sum = 1.0;
        var (strongest, strongestWeight) = (-1, double.NegativeInfinity);
        for (var r = 0; r < Related.Count; r++)
        {
            var weight = RelatedPriorWeights[r];
            var tied = Related[r].Tied;
            for (var k = 0; k < levels.Length; k++)
            {
                if (!tied[k])
                {
                    weight += Weights[k][levels[k]] + frequencyBits[k];
                }
            }

            sum += Math.Pow(2, Math.Min(weight, 1000));
            (strongest, strongestWeight) = weight > strongestWeight ? (r, weight) : (strongest, strongestWeight);
        }

        return (Math.Log2(sum), strongest);
    }
}
