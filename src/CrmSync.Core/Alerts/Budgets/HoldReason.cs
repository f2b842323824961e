namespace CrmSync.Core.Alerts.Budgets;

/// <summary>Why an alert that deserves a task got none of its own this run.</summary>
public enum HoldReason
{
    /// <summary><c>Budget:MaxNewTasksPerRun</c> reached.</summary>
    RunBudget,

    /// <summary><c>Budget:MaxNewTasksPerOwnerPerDay</c> reached for the owner (UTC day).</summary>
    OwnerDailyBudget,

    /// <summary><c>Budget:MaxOpenTasksPerOwner</c> reached: the owner has that many CrmSync tasks open.</summary>
    OwnerOpenCap,

    /// <summary>The owner completed or deferred a task for this rule and record less than <c>SnoozeAfterCompletion</c> ago.</summary>
    Snoozed,

    /// <summary>A condition that held when CrmSync first evaluated its type (<c>Alerts:Backlog</c> = <c>Hold</c>).</summary>
    Backlog,

    /// <summary>Listed in the owner's digest task.</summary>
    Digest,
}
