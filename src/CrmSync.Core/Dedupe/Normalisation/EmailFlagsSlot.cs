namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>The email flags of every record, read like an array by record index.</summary>
internal readonly struct EmailFlagsSlot(int[] rows)
{
    public EmailFlags this[int record] => (EmailFlags)rows[(record * FeatureRows.Width) + FeatureRows.EmailFlags];
}
