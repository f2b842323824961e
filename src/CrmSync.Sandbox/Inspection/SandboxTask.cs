namespace CrmSync.Sandbox;

/// <summary>A CRM task as the sandbox holds it, with the records it is associated with.</summary>
public sealed record SandboxTask(
    string Id,
    string? Subject,
    string? Body,
    string? Status,
    string? Priority,
    string? TaskType,
    string? OwnerId,
    DateTimeOffset? DueAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool Archived,
    IReadOnlyList<SandboxAssociation> Associations,
    IReadOnlyDictionary<string, string?> Properties);
