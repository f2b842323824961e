using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>Scores record pairs with a trained model: match weight in bits, probability, and the reason.</summary>
internal sealed class PairScorer(ComparisonSet set, FellegiSunterModel model, TermFrequencyAdjustments frequencies)
{
    /// <summary>Related-entity penalties this small are left out of the reason.</summary>
    private const double NegligibleBits = 0.05;

    // Per comparison and level, the column whose value frequency adjusts it (looked up once, not per pair).
    private readonly FeatureColumn?[][] _frequencyColumns = set.Comparisons
        .Select(c => Enumerable.Range(0, c.LevelCount).Select(c.FrequencyColumnAt).ToArray()).ToArray();

    public ComparisonSet Set { get; } = set;

    public FellegiSunterModel Model { get; } = model;

    /// <summary>The match log-odds in bits: prior, every comparison's weight, less the related classes' share.</summary>
    public double MatchWeight(RecordFeatures features, int a, int b)
    {
        Span<int> levels = stackalloc int[ComparisonSet.MaxComparisons];
        Span<double> bits = stackalloc double[ComparisonSet.MaxComparisons];
        var weight = Model.PriorWeight + Evidence(features, a, b, levels, bits);
        return weight - Model.RelatedPenalty(levels[..Set.Count], bits[..Set.Count]).Bits;
    }

    public double Probability(RecordFeatures features, int a, int b) => FellegiSunterModel.Probability(MatchWeight(features, a, b));

    /// <summary>
    /// The probability, and whether the pair's own evidence (its weight less the prior) is at or below
    /// <paramref name="conflictBits"/>: fields that argue for two entities (see <see cref="Clustering.PairScore"/>).
    /// </summary>
    public Clustering.PairScore Score(RecordFeatures features, int a, int b, double conflictBits)
    {
        var weight = MatchWeight(features, a, b);
        return new Clustering.PairScore(FellegiSunterModel.Probability(weight), weight - Model.PriorWeight <= conflictBits);
    }

    /// <summary>"agreed: email exact +9.1, …; disagreed: date of birth −3.2; missing: phone; more likely …".</summary>
    public string Explain(RecordFeatures features, int a, int b)
    {
        Span<int> levels = stackalloc int[ComparisonSet.MaxComparisons];
        Span<double> bits = stackalloc double[ComparisonSet.MaxComparisons];
        Evidence(features, a, b, levels, bits);
        Span<MatchReason.Part> parts = new MatchReason.Part[Set.Count];
        for (var k = 0; k < Set.Count; k++)
        {
            var comparison = Set.Comparisons[k];
            parts[k] = new MatchReason.Part(comparison.Name, comparison.LevelLabels[levels[k]], levels[k], Model.Weights[k][levels[k]] + bits[k]);
        }

        var (penalty, strongest) = Model.RelatedPenalty(levels[..Set.Count], bits[..Set.Count]);
        var alternative = penalty >= NegligibleBits ? (Model.Related[strongest].Description, -penalty) : ((string, double)?)null;
        return MatchReason.Format(parts, alternative);
    }

    /// <summary>Fills each comparison's level and term-frequency bits; returns the summed match weights (without the prior).</summary>
    private double Evidence(RecordFeatures features, int a, int b, Span<int> levels, Span<double> bits)
    {
        var weight = 0.0;
        var comparisons = Set.Comparisons;
        for (var k = 0; k < comparisons.Count; k++)
        {
            var level = comparisons[k].Compare(features, a, b);
            levels[k] = level;
            bits[k] = FrequencyBits(features, k, level, a);
            weight += Model.Weights[k][level] + bits[k];
        }

        return weight;
    }

    private double FrequencyBits(RecordFeatures features, int k, int level, int a)
    {
        return _frequencyColumns[k][level] is { } column ? frequencies.Bits(column, features.Column(column)[a]) : 0;
    }
}
