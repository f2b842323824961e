namespace CrmSync.Worker.Dashboard.AlertBudget;

/// <summary>
/// One owner's alerts of one type: what the connector's last run created and held back (its budget lines), and what
/// the store's alert state holds now: tasks created today (UTC), alerts waiting in the budget (deferred, snoozed
/// included), held as the first run's backlog, listed in digests.
/// </summary>
public sealed record OwnerAlertBudget(
    string Owner,
    string OwnerName,
    string AlertType,
    int CreatedLastRun,
    int DeferredLastRun,
    int CreatedToday,
    int Waiting,
    int Backlog,
    int InDigest);
