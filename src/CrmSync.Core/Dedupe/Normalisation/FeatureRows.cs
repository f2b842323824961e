namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// The layout of a record's row in <see cref="RecordFeatures"/>: every interned column and the per-record numbers,
/// side by side, the ones most comparisons read first. Scoring reads a pair's values: kept in one row, they cost
/// two or three cache lines per record instead of one line per column.
/// </summary>
internal static class FeatureRows
{
    public const int FirstNameGroup = 0;
    public const int DateOfBirthDay = 1;
    public const int EmailFlags = 2;
    public const int PhoneTail = 3;

    /// <summary>Slots per record: the four numbers above, then the columns.</summary>
    public static readonly int Width = 4 + Enum.GetValues<FeatureColumn>().Length;

    // Hot columns first, beside the numbers they are read with.
    private static readonly FeatureColumn[] Order =
    [
        FeatureColumn.FirstName, FeatureColumn.LastName, FeatureColumn.Email, FeatureColumn.EmailLocal, FeatureColumn.Phone,
        FeatureColumn.DateOfBirth, FeatureColumn.City, FeatureColumn.Postcode, FeatureColumn.State, FeatureColumn.Company,
        FeatureColumn.Domain, FeatureColumn.Address, FeatureColumn.StreetNumber, FeatureColumn.FirstPhonetic,
        FeatureColumn.LastPhonetic, FeatureColumn.FirstPhoneticAlternate, FeatureColumn.LastPhoneticAlternate,
        FeatureColumn.EmailDomain, FeatureColumn.CompanyAcronym, FeatureColumn.Address2, FeatureColumn.NationalId,
    ];

    private static readonly int[] OffsetOfColumn = BuildOffsets();

    public static int Offset(FeatureColumn column) => OffsetOfColumn[(int)column];

    private static int[] BuildOffsets()
    {
        var offsets = new int[Enum.GetValues<FeatureColumn>().Length];
        for (var i = 0; i < Order.Length; i++)
        {
            offsets[(int)Order[i]] = 4 + i;
        }

        return offsets.Length == Order.Length ? offsets : throw new InvalidOperationException("Every feature column needs a row slot.");
    }
}
