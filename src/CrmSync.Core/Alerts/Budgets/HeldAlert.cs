using CrmSync.Core.Analysis;

namespace CrmSync.Core.Alerts.Budgets;

/// <summary>An alert kept without a task of its own this run; <paramref name="Detail"/> is saved as <see cref="AlertState.Reason"/>.</summary>
/// <param name="Candidate">With its effective owner (after <c>ExcludedOwners</c>).</param>
/// <param name="Detail">A sentence naming the limit or rule, or the digest key for <see cref="HoldReason.Digest"/>.</param>
public sealed record HeldAlert(AlertCandidate Candidate, HoldReason Reason, string Detail)
{
    public AlertStatus Status => Reason switch
    {
        HoldReason.Backlog => AlertStatus.Backlog,
        HoldReason.Digest => AlertStatus.Digested,
        _ => AlertStatus.Deferred,
    };
}
