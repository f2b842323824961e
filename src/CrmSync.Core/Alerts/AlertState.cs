namespace CrmSync.Core.Alerts;

public sealed record AlertState(
    string Key,
    string AlertType,
    string ObjectType,
    string RecordId,
    string? TaskId,
    AlertStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt);
