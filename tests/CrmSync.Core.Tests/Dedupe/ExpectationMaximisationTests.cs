using CrmSync.Core.Dedupe.Scoring;

namespace CrmSync.Core.Tests.Dedupe;

public class ExpectationMaximisationTests
{
    // Three comparisons with levels {missing, agree, disagree}; u fixed as random pairs would give it.
    private static readonly double[][] U = [[0, 0.001, 0.999], [0, 0.002, 0.998], [0, 0.01, 0.99]];
    private static readonly double[][] TrueM = [[0, 0.9, 0.1], [0, 0.8, 0.2], [0, 0.85, 0.15]];

    [Fact]
    public void Train_PatternsFromKnownModel_RecoversMatchProbabilitiesAndPrior()
    {
        // Ten million pairs, 2,000 matches; blocking keeps every pair that agrees on any field.
        const double universe = 10_000_000;
        const double matches = 2_000;
        var patterns = new Dictionary<ulong, double>();
        foreach (var l1 in new[] { 1, 2 })
        {
            foreach (var l2 in new[] { 1, 2 })
            {
                foreach (var l3 in new[] { 1, 2 })
                {
                    if ((l1, l2, l3) != (2, 2, 2))
                    {
                        var count = matches * TrueM[0][l1] * TrueM[1][l2] * TrueM[2][l3] + (universe - matches) * U[0][l1] * U[1][l2] * U[2][l3];
                        patterns[(uint)l1 | ((uint)l2 << 4) | ((uint)l3 << 8)] = count;
                    }
                }
            }
        }

        // Random pairs include the matches in proportion π: the frequencies EM receives are a mixture.
        var frequencies = U.Select((row, k) => row.Select((u, level) => (1 - matches / universe) * u + matches / universe * TrueM[k][level]).ToArray()).ToArray();

        var model = ExpectationMaximisation.Train(patterns, [3, 3, 3], frequencies, universe, maxIterations: 2000);

        Assert.True(model.Converged);
        for (var k = 0; k < 3; k++)
        {
            Assert.InRange(model.M[k][1], TrueM[k][1] - 0.03, TrueM[k][1] + 0.03);
            Assert.True(model.Weights[k][1] > 0 && model.Weights[k][2] < 0);
            Assert.InRange(model.U[k][1], U[k][1] * 0.9, U[k][1] * 1.1);
        }

        Assert.InRange(model.Prior * universe, 1_900, 2_050);
    }

    [Fact]
    public void Train_RelatedClassPresent_MatchesKeepRareDisagreementAndBothPriorsRecovered()
    {
        // Two identifying comparisons (first name, birth date) and two shared ones (email, phone). Besides 2,000
        // duplicates there are 2,000 pairs of relatives: they share email and phone as duplicates do, while their
        // first names and birth dates agree only as often as random people's.
        const double universe = 10_000_000;
        double[][] u = [[0, 0.01, 0.99], [0, 0.001, 0.999], [0, 0.0001, 0.9999], [0, 0.0001, 0.9999]];
        double[][] m = [[0, 0.95, 0.05], [0, 0.9, 0.1], [0, 0.9, 0.1], [0, 0.85, 0.15]];
        bool[] identifying = [true, true, false, false];
        var patterns = ThreeClassPatterns(u, m, identifying, matches: 2_000, related: 2_000, universe);
        var frequencies = u.Select((row, k) => row.Select((value, level) => value + (4_000 / universe * m[k][level])).ToArray()).ToArray();

        var withRelated = ExpectationMaximisation.Train(patterns, [3, 3, 3, 3], frequencies, universe, maxIterations: 2000, related: [("relatives", identifying)]);
        var matchesOnly = ExpectationMaximisation.Train(patterns, [3, 3, 3, 3], frequencies, universe, maxIterations: 2000);

        Assert.InRange(withRelated.M[0][2], 0.0, 0.1); // a duplicate's first name rarely differs…
        Assert.InRange(withRelated.Prior * universe, 1_800, 2_200);
        Assert.InRange(withRelated.Related[0].Prior * universe, 1_800, 2_200);
        Assert.True(withRelated.Weights[0][2] < -3, "a different first name must count strongly against a match");
        // …which a two-class model cannot see: it calls the relatives matches and learns that matches' first names differ.
        Assert.True(matchesOnly.M[0][2] > 0.3, $"two-class m(first name differs) = {matchesOnly.M[0][2]:0.000}");
    }

    private static Dictionary<ulong, double> ThreeClassPatterns(double[][] u, double[][] m, bool[] identifying, double matches, double related, double universe)
    {
        var patterns = new Dictionary<ulong, double>();
        for (var code = 0; code < 16; code++)
        {
            var levels = Enumerable.Range(0, 4).Select(k => 1 + ((code >> k) & 1)).ToArray();
            if (levels.All(level => level == 2))
            {
                continue; // blocking keeps pairs that agree on something
            }

            double Product(Func<int, double> p) => Enumerable.Range(0, 4).Aggregate(1.0, (acc, k) => acc * p(k));
            var count = (matches * Product(k => m[k][levels[k]])) +
                        (related * Product(k => identifying[k] ? u[k][levels[k]] : m[k][levels[k]])) +
                        ((universe - matches - related) * Product(k => u[k][levels[k]]));
            patterns[levels.Select((level, k) => (ulong)level << (4 * k)).Aggregate(0UL, (a, b) => a | b)] = count;
        }

        return patterns;
    }

    [Fact]
    public void Train_MissingLevel_HasZeroWeight()
    {
        var patterns = new Dictionary<ulong, double> { [1UL] = 50, [2UL | (2UL << 4)] = 500, [1UL | (1UL << 4)] = 40 };
        var model = ExpectationMaximisation.Train(patterns, [3, 3], U[..2], 1_000_000, 100);
        Assert.Equal(0, model.Weights[1][0]);
    }

    [Fact]
    public void Probability_WeightZero_IsOneHalf() => Assert.Equal(0.5, FellegiSunterModel.Probability(0), 10);
}
