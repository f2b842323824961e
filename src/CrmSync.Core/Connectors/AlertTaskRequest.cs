namespace CrmSync.Core.Connectors;

/// <summary>A task to create in the CRM for the owner of a record, associated with that record.</summary>
public sealed record AlertTaskRequest(
    string Key,
    string ObjectType,
    string RecordId,
    string? OwnerId,
    string Subject,
    string Body,
    DateTimeOffset DueAt,
    AlertPriority Priority);
