namespace CrmSync.Core.Alerts.Budgets;

/// <summary>What the first evaluation of an alert type does with conditions that already hold (a backlog).</summary>
public enum BacklogMode
{
    /// <summary>No tasks: the backlog is recorded (<see cref="AlertStatus.Backlog"/>) and counted in the run summary.</summary>
    Hold,

    /// <summary>Tasks, within the budget and in priority order like any new alert.</summary>
    Tasks,

    /// <summary>Listed in each owner's digest task.</summary>
    Digest,
}
