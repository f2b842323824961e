namespace CrmSync.Worker.Jobs;

/// <summary>One property change the write-back sends (or would send, in a dry run).</summary>
public sealed record PlannedWrite(string ObjectType, string RecordId, string Property, string? OldValue, string? NewValue);
