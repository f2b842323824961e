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
}
