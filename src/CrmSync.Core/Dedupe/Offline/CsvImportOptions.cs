using CrmSync.Core.Text;

namespace CrmSync.Core.Dedupe.Offline;

/// <summary>How to read a CRM export.</summary>
public sealed class CsvImportOptions
{
    /// <summary>1 MiB: far above any CRM record, small enough that a damaged file cannot exhaust memory.</summary>
    public const long DefaultMaxLineBytes = CsvParser.DefaultMaxLineBytes;

    /// <summary>Chooses how an unmapped "name" column is read (person's full name or company name).</summary>
    public RecordKind Kind { get; init; } = RecordKind.Person;

    /// <summary>Column holding the record id; by default the first of <see cref="CsvColumnAliases.IdColumns"/>, else the first column.</summary>
    public string? IdColumn { get; init; }

    /// <summary>Explicit column → field ("--map column=field"); they override the recognised column names. Field "ignore" drops a column.</summary>
    public IReadOnlyDictionary<string, string> Map { get; init; } = new Dictionary<string, string>();

    /// <summary>Null: detected from the header (, | ; tab).</summary>
    public char? Delimiter { get; init; }

    /// <summary>Longest record in UTF-8 bytes (a line, or several when a quoted field holds line breaks); a longer one is an error naming its line.</summary>
    public long MaxLineBytes { get; init; } = DefaultMaxLineBytes;
}
