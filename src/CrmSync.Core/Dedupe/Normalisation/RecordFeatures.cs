namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// The normalised records of a run, one row per record (<see cref="FeatureRows"/>): each string column holds
/// interned ids (<see cref="StringPool.Missing"/> when empty). Columns that are compared with each other share a
/// pool (first and last names, for swapped names; company name and acronym).
/// </summary>
internal sealed partial class RecordFeatures
{
    private static readonly FeatureColumn[] AllColumns = Enum.GetValues<FeatureColumn>();

    // Columns only ever compared, counted and blocked on are interned from 64-bit values, without text.
    private static readonly FeatureColumn[] NumericColumns = [FeatureColumn.Phone, FeatureColumn.EmailLocal];

    private readonly StringPool[] _poolOfColumn = new StringPool[AllColumns.Length];
    private readonly HashPool[] _numericPools;
    private int[] _rows;

    public RecordFeatures(int capacity)
    {
        capacity = Math.Max(capacity, 4);
        _rows = new int[capacity * FeatureRows.Width];
        Ids = new string[capacity];
        CreatedAt = new string?[capacity];
        LastActivityAt = new string?[capacity];
        Completeness = new byte[capacity];
        // Phones and local parts are nearly unique per record: sized for all at once rather than grown by doubling.
        _numericPools = NumericColumns.Select(_ => new HashPool(capacity)).ToArray();
        foreach (var group in PoolGroups)
        {
            var pool = new StringPool(group[0] == FeatureColumn.Email ? capacity : Math.Min(capacity, 1 << 12));
            foreach (var column in group)
            {
                _poolOfColumn[(int)column] = pool;
            }
        }
    }

    public int Count { get; private set; }

    public string[] Ids { get; private set; }

    public FeatureSlot FirstNameGroup => new(_rows, FeatureRows.FirstNameGroup);

    public FeatureSlot DateOfBirthDay => new(_rows, FeatureRows.DateOfBirthDay);

    public EmailFlagsSlot EmailFlags => new(_rows);

    /// <summary>Last seven phone digits as a number, −1 when there is no phone.</summary>
    public FeatureSlot PhoneTail => new(_rows, FeatureRows.PhoneTail);

    /// <summary>Raw creation timestamps, parsed only for group members.</summary>
    public string?[] CreatedAt { get; private set; }

    public string?[] LastActivityAt { get; private set; }

    public byte[] Completeness { get; private set; }

    public FeatureSlot Column(FeatureColumn column) => new(_rows, FeatureRows.Offset(column));

    /// <summary>The strings of a text column (not of <see cref="FeatureColumn.Phone"/> or <see cref="FeatureColumn.EmailLocal"/>, which keep none).</summary>
    public StringPool Pool(FeatureColumn column) => _poolOfColumn[(int)column] ?? throw new InvalidOperationException($"Column {column} keeps no text.");

    /// <summary>How many distinct values the column holds (ids run from 0 to this − 1).</summary>
    public int DistinctCount(FeatureColumn column) => NumericIndex(column) is var n and >= 0 ? _numericPools[n].Count : Pool(column).Count;

    private static int NumericIndex(FeatureColumn column) => Array.IndexOf(NumericColumns, column);

    public string? Text(FeatureColumn column, int record) => Pool(column).ValueOrNull(Column(column)[record]);

    /// <summary>
    /// Frees the indexes that intern new values (the largest hold a million distinct emails, phones and local
    /// parts) once no record will be added: a batch run's features are complete after normalisation.
    /// </summary>
    public void ReleaseInterning()
    {
        foreach (var pool in _poolOfColumn.Where(pool => pool is not null).Distinct())
        {
            pool.ReleaseIndex();
        }

        foreach (var pool in _numericPools)
        {
            pool.ReleaseIndex();
        }
    }

    /// <summary>How many records have a value in the column.</summary>
    public int FilledCount(FeatureColumn column)
    {
        var values = Column(column);
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
        [FeatureColumn.Email], [FeatureColumn.EmailDomain],
        [FeatureColumn.Company, FeatureColumn.CompanyAcronym],
        [FeatureColumn.Domain], [FeatureColumn.Address], [FeatureColumn.StreetNumber], [FeatureColumn.Address2],
        [FeatureColumn.City], [FeatureColumn.Postcode], [FeatureColumn.State], [FeatureColumn.DateOfBirth],
        [FeatureColumn.NationalId],
    ];

    private static ulong NumericValue(in NormalisedFields fields, FeatureColumn column) => column == FeatureColumn.Phone ? fields.Phone : fields.EmailLocal;

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
