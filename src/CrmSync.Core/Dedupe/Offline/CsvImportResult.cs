namespace CrmSync.Core.Dedupe.Offline;

/// <summary>Records read from a CSV export and which column fed which field.</summary>
public sealed record CsvImportResult(IReadOnlyList<DedupeRecord> Records, string IdColumn, IReadOnlyDictionary<string, FieldRole> Columns);
