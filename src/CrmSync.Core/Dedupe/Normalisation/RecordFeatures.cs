namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// The normalised records of a run, column by column: each string column holds interned ids
/// (<see cref="StringPool.Missing"/> when empty). Columns that are compared with each other share a pool
/// (first and last names, for swapped names; company name and acronym).
/// </summary>
internal sealed partial class RecordFeatures
{
    private static readonly FeatureColumn[] AllColumns = Enum.GetValues<FeatureColumn>();

    private readonly StringPool[] _poolOfColumn = new StringPool[AllColumns.Length];
    private readonly int[][] _columns;

    public RecordFeatures(int capacity)
    {
        capacity = Math.Max(capacity, 4);
        _columns = AllColumns.Select(_ => new int[capacity]).ToArray();
        Ids = new string[capacity];
        FirstNameGroup = new int[capacity];
        DateOfBirthDay = new int[capacity];
        EmailFlags = new EmailFlags[capacity];
        PhoneTail = new int[capacity];
        CreatedAt = new string?[capacity];
        LastActivityAt = new string?[capacity];
        Completeness = new byte[capacity];
        foreach (var group in PoolGroups)
        {
            var pool = new StringPool(Math.Min(capacity, 1 << 12));
            foreach (var column in group)
            {
                _poolOfColumn[(int)column] = pool;
            }
        }
    }

    public int Count { get; private set; }

    public string[] Ids { get; private set; }

    public int[] FirstNameGroup { get; private set; }

    public int[] DateOfBirthDay { get; private set; }

    public EmailFlags[] EmailFlags { get; private set; }

    /// <summary>Last seven phone digits as a number, −1 when there is no phone.</summary>
    public int[] PhoneTail { get; private set; }

    /// <summary>Raw creation timestamps, parsed only for group members.</summary>
    public string?[] CreatedAt { get; private set; }

    public string?[] LastActivityAt { get; private set; }

    public byte[] Completeness { get; private set; }

    public int[] Column(FeatureColumn column) => _columns[(int)column];

    public StringPool Pool(FeatureColumn column) => _poolOfColumn[(int)column];

    public string? Text(FeatureColumn column, int record) => Pool(column).ValueOrNull(_columns[(int)column][record]);

    /// <summary>How many records have a value in the column.</summary>
    public int FilledCount(FeatureColumn column)
    {
        var values = _columns[(int)column];
        var filled = 0;
        for (var i = 0; i < Count; i++)
        {
            filled += values[i] >= 0 ? 1 : 0;
        }

        return filled;
    }

    private static readonly FeatureColumn[][] PoolGroups =
    [
        [FeatureColumn.FirstName, FeatureColumn.LastName],
        [FeatureColumn.FirstPhonetic, FeatureColumn.FirstPhoneticAlternate, FeatureColumn.LastPhonetic, FeatureColumn.LastPhoneticAlternate],
        [FeatureColumn.Email], [FeatureColumn.EmailDomain], [FeatureColumn.EmailLocal],
        [FeatureColumn.Phone],
        [FeatureColumn.Company, FeatureColumn.CompanyAcronym],
        [FeatureColumn.Domain], [FeatureColumn.Address], [FeatureColumn.StreetNumber], [FeatureColumn.Address2],
        [FeatureColumn.City], [FeatureColumn.Postcode], [FeatureColumn.State], [FeatureColumn.DateOfBirth],
        [FeatureColumn.NationalId],
    ];

    private static string? Value(in NormalisedFields fields, FeatureColumn column) => column switch
    {
        FeatureColumn.FirstName => fields.FirstName,
        FeatureColumn.LastName => fields.LastName,
        FeatureColumn.FirstPhonetic => fields.FirstPhonetic,
        FeatureColumn.FirstPhoneticAlternate => fields.FirstPhoneticAlternate,
        FeatureColumn.LastPhonetic => fields.LastPhonetic,
        FeatureColumn.LastPhoneticAlternate => fields.LastPhoneticAlternate,
        FeatureColumn.Email => fields.Email,
        FeatureColumn.EmailDomain => fields.EmailDomain,
        FeatureColumn.EmailLocal => fields.EmailLocal,
        FeatureColumn.Phone => fields.Phone,
        FeatureColumn.Company => fields.Company,
        FeatureColumn.CompanyAcronym => fields.CompanyAcronym,
        FeatureColumn.Domain => fields.Domain,
        FeatureColumn.Address => fields.Address,
        FeatureColumn.StreetNumber => fields.StreetNumber,
        FeatureColumn.Address2 => fields.Address2,
        FeatureColumn.City => fields.City,
        FeatureColumn.Postcode => fields.Postcode,
        FeatureColumn.State => fields.State,
        FeatureColumn.DateOfBirth => fields.DateOfBirth,
        FeatureColumn.NationalId => fields.NationalId,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };
}
