namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>One slot of every record's row (a column or a per-record number), read like an array by record index.</summary>
internal readonly struct FeatureSlot(int[] rows, int offset)
{
    public int this[int record] => rows[(record * FeatureRows.Width) + offset];
}
