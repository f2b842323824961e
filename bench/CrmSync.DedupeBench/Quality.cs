namespace CrmSync.DedupeBench;

/// <summary>Precision, recall and F1 (precision is NaN when nothing was predicted).</summary>
internal readonly record struct Quality(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 || double.IsNaN(Precision) ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Quality Of(long truePositives, long predicted, long actual) =>
        new(predicted == 0 ? double.NaN : (double)truePositives / predicted, actual == 0 ? 1 : (double)truePositives / actual);
}
