namespace CrmSync.Core.Dedupe.Offline;

/// <summary>What an offline run read and wrote, for the command's console summary.</summary>
public sealed record OfflineDedupeSummary(int Records, int PairsWritten, int Groups, string IdColumn, IReadOnlyDictionary<string, FieldRole> Columns, DedupeResult Result);
