namespace CrmSync.Sandbox.Objects;

/// <summary>One ValueWithTimestamp of a property's history.</summary>
internal readonly record struct HistoryEntry(string? Value, long TimestampMs, string SourceType, string? SourceId = null, long? UpdatedByUserId = null);
