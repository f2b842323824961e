namespace CrmSync.Sandbox;

/// <summary>A record as stored right now: every property with a value, seeded or written.</summary>
public sealed record SandboxRecordSnapshot(
    string ObjectType,
    string Id,
    IReadOnlyDictionary<string, string?> Properties,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool Archived,
    DateTimeOffset? ArchivedAt);
