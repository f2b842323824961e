using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;

namespace CrmSync.Core.Alerts;

public static class AlertCandidateExtensions
{
    public static AlertTaskRequest ToTaskRequest(this AlertCandidate candidate, DateTimeOffset dueAt) =>
        new(candidate.Key, candidate.ObjectType, candidate.RecordId, candidate.OwnerId, candidate.Subject,
            candidate.Body, dueAt, candidate.Priority);

    /// <summary>The state to save once the task exists (it replaces a resolved state with the same key).</summary>
    public static AlertState ToOpenState(this AlertCandidate candidate, string? taskId, DateTimeOffset createdAt) =>
        new(candidate.Key, candidate.AlertType, candidate.ObjectType, candidate.RecordId, taskId, AlertStatus.Open,
            createdAt, ResolvedAt: null) { OwnerId = candidate.OwnerId };

    /// <summary>
    /// The intent to save before the create is sent: <paramref name="intendedAt"/> starts the search-index wait of
    /// <see cref="AlertPlanner.Plan"/>, so it is the time of the latest create attempt.
    /// </summary>
    public static AlertState ToPendingState(this AlertCandidate candidate, DateTimeOffset intendedAt) =>
        new(candidate.Key, candidate.AlertType, candidate.ObjectType, candidate.RecordId, TaskId: null, AlertStatus.Pending,
            intendedAt, ResolvedAt: null) { OwnerId = candidate.OwnerId };

    /// <summary>
    /// The state of an alert kept without a task of its own; <paramref name="since"/> is when it was first held (kept
    /// across runs so the store shows how long it waits).
    /// </summary>
    public static AlertState ToHeldState(this AlertCandidate candidate, AlertStatus status, string reason, DateTimeOffset since) =>
        new(candidate.Key, candidate.AlertType, candidate.ObjectType, candidate.RecordId, TaskId: null, status, since, ResolvedAt: null)
        {
            OwnerId = candidate.OwnerId,
            Reason = reason,
        };
}
