using CrmSync.Core.Connectors;

namespace CrmSync.Core.Analysis;

/// <summary>
/// A condition that holds now and deserves a task. <see cref="Key"/> identifies one occurrence of the condition
/// (e.g. <c>stage_age_exceeded:deals:512:contractsent:2024-05-18</c>) so it is alerted once.
/// </summary>
public sealed record AlertCandidate(
    string Key,
    string AlertType,
    string ObjectType,
    string RecordId,
    string? OwnerId,
    string Subject,
    string Body,
    AlertPriority Priority);
