using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>Scores record pairs with a trained model: match weight in bits, probability, and the reason.</summary>
internal sealed class PairScorer(ComparisonSet set, FellegiSunterModel model, TermFrequencyAdjustments frequencies)
{
    public ComparisonSet Set { get; } = set;

    public FellegiSunterModel Model { get; } = model;

    public double MatchWeight(RecordFeatures features, int a, int b)
    {
        var weight = Model.PriorWeight;
        var comparisons = Set.Comparisons;
        for (var k = 0; k < comparisons.Count; k++)
        {
            var level = comparisons[k].Compare(features, a, b);
            weight += Model.Weights[k][level] + FrequencyBits(features, k, level, a);
        }

        return weight;
    }

    public double Probability(RecordFeatures features, int a, int b) => FellegiSunterModel.Probability(MatchWeight(features, a, b));

    /// <summary>Weight of a pair whose levels are already known (the training pass computed them).</summary>
    public double MatchWeight(RecordFeatures features, int a, int b, ulong pattern)
    {
        var weight = Model.MatchWeight(pattern);
        for (var k = 0; k < Set.Count; k++)
        {
            weight += FrequencyBits(features, k, ComparisonSet.LevelOf(pattern, k), a);
        }

        return weight;
    }

    /// <summary>"agreed: email exact +9.1, …; disagreed: date of birth −3.2; missing: phone".</summary>
    public string Explain(RecordFeatures features, int a, int b)
    {
        var parts = new List<MatchReason.Part>(Set.Count);
        for (var k = 0; k < Set.Count; k++)
        {
            var comparison = Set.Comparisons[k];
            var level = comparison.Compare(features, a, b);
            var bits = Model.Weights[k][level] + FrequencyBits(features, k, level, a);
            parts.Add(new MatchReason.Part(comparison.Name, comparison.LevelLabels[level], level, bits));
        }

        return MatchReason.Format(parts);
    }

    private double FrequencyBits(RecordFeatures features, int k, int level, int a)
    {
        var comparison = Set.Comparisons[k];
        if (comparison.FrequencyColumn is not { } column || !comparison.IsFrequencyAdjusted(level))
        {
            return 0;
        }

        return frequencies.Bits(k, features.Column(column)[a]);
    }
}
