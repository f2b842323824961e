using CrmSync.Core.Dedupe.Normalisation;

namespace CrmSync.Core.Dedupe.Scoring;

/// <summary>
/// Term-frequency adjustment of agreement (Splink): agreeing on a value held by a share p of records is worth
/// log2(Σp² / p) bits on top of the level's weight — positive for rare values ("zaborowski"), negative for common
/// ones ("smith", an inbox forty people share) — clamped to ± the configured cap. Computed once per column.
/// </summary>
internal sealed class TermFrequencyAdjustments
{
    private readonly float[]?[] _bitsByColumn;

    private TermFrequencyAdjustments(float[]?[] bitsByColumn) => _bitsByColumn = bitsByColumn;

    public static TermFrequencyAdjustments None() => new(new float[]?[Enum.GetValues<FeatureColumn>().Length]);

    public static TermFrequencyAdjustments Compute(ComparisonSet set, RecordFeatures features, double capBits)
    {
        var bits = new float[]?[Enum.GetValues<FeatureColumn>().Length];
        foreach (var comparison in set.Comparisons)
        {
            for (var level = 1; level < comparison.LevelCount; level++)
            {
                if (comparison.FrequencyColumnAt(level) is { } column && bits[(int)column] is null)
                {
                    bits[(int)column] = ComputeColumn(features, column, capBits);
                }
            }
        }

        return new TermFrequencyAdjustments(bits);
    }

    /// <summary>Bits to add when two records agree on value <paramref name="valueId"/> of <paramref name="column"/>.</summary>
    public double Bits(FeatureColumn column, int valueId)
    {
        var bits = _bitsByColumn[(int)column];
        return bits is not null && valueId >= 0 && valueId < bits.Length ? bits[valueId] : 0.0;
    }

    private static float[] ComputeColumn(RecordFeatures features, FeatureColumn column, double capBits)
    {
        var values = features.Column(column);
        var counts = new int[features.DistinctCount(column)];
        long filled = 0;
        for (var i = 0; i < features.Count; i++)
        {
            if (values[i] >= 0)
            {
                counts[values[i]]++;
                filled++;
            }
        }

        var bits = new float[counts.Length];
        if (filled == 0)
        {
            return bits;
        }

        double sumSquares = 0;
        foreach (var count in counts)
        {
            sumSquares += (double)count * count;
        }

        var agreementProbability = sumSquares / ((double)filled * filled);
        for (var id = 0; id < counts.Length; id++)
        {
            // Two records agree on the value, so at least two hold it, even when the index has seen only one.
            var share = Math.Max(counts[id], 2) / (double)filled;
            bits[id] = (float)Math.Clamp(Math.Log2(agreementProbability / share), -capBits, capBits);
        }

        return bits;
    }
}
