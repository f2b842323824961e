namespace CrmSync.Core.Alerts.Budgets;

/// <summary>How many tasks CrmSync may create (<c>CrmSync:Connectors:{name}:Alerts:Budget</c>).</summary>
public sealed class AlertBudgetOptions
{
    /// <summary>The largest value accepted for any limit.</summary>
    public const int MaxLimit = 100_000;

    /// <summary>New tasks one run may create, all owners together.</summary>
    public int MaxNewTasksPerRun { get; set; } = 200;

    /// <summary>New tasks per owner per UTC day, all runs together.</summary>
    public int MaxNewTasksPerOwnerPerDay { get; set; } = 20;

    /// <summary>CrmSync tasks one owner may have open at once (completed or deferred ones do not count).</summary>
    public int MaxOpenTasksPerOwner { get; set; } = 50;
}
