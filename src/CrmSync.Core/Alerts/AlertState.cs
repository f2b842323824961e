namespace CrmSync.Core.Alerts;

public sealed record AlertState(
    string Key,
    string AlertType,
    string ObjectType,
    string RecordId,
    string? TaskId,
    AlertStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt)
{
    /// <summary>The owner the task was (or will be) assigned to, after exclusions; counts against that owner's budget.</summary>
    public string? OwnerId { get; init; }

    /// <summary>
    /// Why no task of its own exists yet (<see cref="AlertStatus.Deferred"/>, <see cref="AlertStatus.Backlog"/>), the
    /// digest key of a <see cref="AlertStatus.Digested"/> item, or the text fingerprint of a digest task.
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>When CrmSync first saw the owner complete or defer the task: starts <c>Alerts:SnoozeAfterCompletion</c>.</summary>
    public DateTimeOffset? AcknowledgedAt { get; init; }

    /// <summary>Whether the alert waits without a task of its own (deferred, backlog or in a digest).</summary>
    public bool IsHeld => Status is AlertStatus.Deferred or AlertStatus.Backlog or AlertStatus.Digested;
}
