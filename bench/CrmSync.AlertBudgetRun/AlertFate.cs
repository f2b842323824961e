namespace CrmSync.AlertBudgetRun;

/// <summary>Where one alert stands at the end: the ledger's columns.</summary>
public enum AlertFate
{
    /// <summary>The condition holds and its one task exists in the CRM.</summary>
    Created,

    /// <summary>The condition holds and it waits for room in the budget (or a snooze to end).</summary>
    Waiting,

    /// <summary>The condition holds and it is held as the first run's backlog.</summary>
    Backlog,

    /// <summary>The condition holds and it is listed in its owner's digest.</summary>
    InDigest,

    /// <summary>The condition holds and a create is pending (looked up by key next run).</summary>
    Pending,

    /// <summary>The condition cleared and the alert left the queue (resolved).</summary>
    Resolved,

    /// <summary>Anything else: a holding condition without task or place in the queue, a cleared one still open, two tasks.</summary>
    Lost,
}
