namespace CrmSync.Core.Dedupe.Offline;

/// <summary>Options of <c>crmsync dedupe --input … [--map column=field …] --output … [--clusters]</c>.</summary>
public sealed class OfflineDedupeOptions
{
    /// <summary>Detection settings; <see cref="DedupeSettings.Kind"/> also decides how a bare "name" column is read.</summary>
    public DedupeSettings Settings { get; init; } = new();

    /// <summary>Column → field overrides (see <see cref="OfflineDedupe.ParseMap"/>).</summary>
    public IReadOnlyDictionary<string, string> Map { get; init; } = new Dictionary<string, string>();

    public string? IdColumn { get; init; }

    public char? Delimiter { get; init; }

    /// <summary>Longest record in UTF-8 bytes (see <see cref="CsvImportOptions.MaxLineBytes"/>).</summary>
    public long MaxLineBytes { get; init; } = CsvImportOptions.DefaultMaxLineBytes;

    /// <summary>Write one row per record with its group instead of the duplicate pairs.</summary>
    public bool Clusters { get; init; }

    /// <summary>Lowest probability of a written pair; by default the match threshold.</summary>
    public double? MinProbability { get; init; }
}
