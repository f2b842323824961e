namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// A trained Fellegi–Sunter model: the prior π (probability that two random records match) and, per comparison and level, the
/// m and u probabilities. Weights are log2(m/u) in bits; the missing level weighs 0.
/// </summary>
internal sealed class FellegiSunterModel
{
    public FellegiSunterModel(double prior, double[][] m, double[][] u, int iterations, bool converged)
    {
        Prior = prior;
        M = m;
        U = u;
        Iterations = iterations;
        Converged = converged;
        PriorWeight = Math.Log2(prior / (1 - prior));
        Weights = new double[m.Length][];
        for (var k = 0; k < m.Length; k++)
        {
            Weights[k] = new double[m[k].Length];
            for (var level = 1; level < m[k].Length; level++)
            {
                Weights[k][level] = Math.Log2(m[k][level] / u[k][level]);
            }
        }
    }

    public double Prior { get; }

    public double[][] M { get; }

    public double[][] U { get; }

    /// <summary>Partial match weights in bits, by comparison and level.</summary>
    public double[][] Weights { get; }

    public double PriorWeight { get; }

    public int Iterations { get; }

    public bool Converged { get; }

    public double MatchWeight(ulong pattern)
    {
        var weight = PriorWeight;
        for (var k = 0; k < Weights.Length; k++)
        {
            weight += Weights[k][ComparisonSet.LevelOf(pattern, k)];
        }

        return weight;
    }

    public static double Probability(double matchWeight) => 1.0 / (1.0 + Math.Pow(2, -matchWeight));
}
