namespace CrmSync.Core.Records;

public sealed record PropertyHistoryEntry(string? Value, DateTimeOffset Timestamp, string? SourceType = null);
