namespace CrmSync.Sandbox;

/// <param name="SourceType">"API" for API writes, "CRM_UI" for user edits, "CALCULATED", "IMPORT" for seeded values.</param>
public sealed record SandboxHistoryEntry(string? Value, DateTimeOffset Timestamp, string SourceType, string? SourceId, long? UpdatedByUserId);
