namespace CrmSync.Worker.Jobs;

/// <summary>A task the write-back creates (or would create, in a dry run).</summary>
public sealed record PlannedAlert(string Key, string AlertType, string ObjectType, string RecordId, string? OwnerId, string Subject);
