namespace CrmSync.Worker.Demo;

/// <summary>
/// The demo's alert settings: a sandbox has no reps to bury, so the demo shows every alert it finds as a task on its
/// first run (<c>Alerts:Backlog</c> = Tasks) with budgets wide enough for the seeded CRM. A real connector keeps the
/// defaults: no tasks for the first run's backlog, 20 new tasks per owner per day (docs/alerts.md).
/// </summary>
public static class DemoAlertSettings
{
    public const int Budget = 10_000;

    public static IReadOnlyDictionary<string, string?> For(string connector)
    {
        var prefix = $"CrmSync:Connectors:{connector}:Alerts";
        return new Dictionary<string, string?>
        {
            [$"{prefix}:Backlog"] = "Tasks",
            [$"{prefix}:Budget:MaxNewTasksPerRun"] = $"{Budget}",
            [$"{prefix}:Budget:MaxNewTasksPerOwnerPerDay"] = $"{Budget}",
            [$"{prefix}:Budget:MaxOpenTasksPerOwner"] = $"{Budget}",
        };
    }
}
