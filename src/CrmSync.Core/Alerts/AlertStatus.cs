namespace CrmSync.Core.Alerts;

public enum AlertStatus
{
    /// <summary>A task was created and the condition held at the last check.</summary>
    Open,

    /// <summary>The condition no longer holds; a new occurrence with the same key alerts again.</summary>
    Resolved,

    /// <summary>
    /// An intent: saved just before the task create is sent, and kept when the create got no confirmed answer (a
    /// crash, a cancellation, a timeout, a 5xx or an unreadable 201). The task may or may not exist in the CRM; the
    /// next run looks it up by its alert key (once the CRM's search has caught up) before creating anything.
    /// </summary>
    Pending,

    /// <summary>
    /// The condition holds and deserves a task, but the budget has no room yet (per run, per owner per day, open
    /// tasks per owner) or the record is snoozed after its owner completed a task: <see cref="AlertState.Reason"/>
    /// says which. It waits, in priority order, for a later run and leaves the queue when the condition clears.
    /// </summary>
    Deferred,

    /// <summary>
    /// The condition already held when CrmSync first evaluated its alert type for the connector (a backlog): no task
    /// unless <c>Alerts:Backlog</c> says <c>Tasks</c> or <c>Digest</c>. Kept while it holds, resolved when it clears.
    /// </summary>
    Backlog,

    /// <summary>Listed in its owner's digest task (<see cref="AlertState.Reason"/> is the digest's key) instead of a task of its own.</summary>
    Digested,
}
