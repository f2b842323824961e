using CrmSync.Core.Alerts.Budgets;
using CrmSync.Worker.Demo;

namespace CrmSync.AlertBudgetRun;

/// <summary>One acceptance run: which fake CRM, its size, the store, and the connector's alert settings.</summary>
/// <param name="Records">Seeded contacts (companies a tenth, deals a fifth; Salesforce leads a half).</param>
/// <param name="PostgresConnectionString">The store and Hangfire on this database; null = SQLite in a temporary directory.</param>
/// <param name="Backlog">Alerts:Backlog: Tasks gives the first run work; Hold (the default) creates none for it.</param>
/// <param name="DealsToClose">Deals whose waiting alerts a rep clears (closes the deal as won) before the third run.</param>
public sealed record BudgetRunSettings(
    DemoCrm Crm,
    int Records,
    int Seed = 42,
    string? PostgresConnectionString = null,
    BacklogMode Backlog = BacklogMode.Tasks,
    int MaxNewTasksPerRun = 200,
    int MaxNewTasksPerOwnerPerDay = 20,
    int MaxOpenTasksPerOwner = 50,
    int DealsToClose = 25)
{
    /// <summary>The host configuration for <paramref name="connector"/> (layered over the demo's own).</summary>
    public IReadOnlyDictionary<string, string?> ConnectorSettings(string connector)
    {
        var prefix = $"CrmSync:Connectors:{connector}";
        var settings = new Dictionary<string, string?>
        {
            // Only the run's own pipelines: a scheduled one in between would blur the figures.
            [$"{prefix}:Schedules:pipeline:Enabled"] = "false",
            [$"{prefix}:Alerts:Backlog"] = Backlog.ToString(),
            [$"{prefix}:Alerts:Budget:MaxNewTasksPerRun"] = $"{MaxNewTasksPerRun}",
            [$"{prefix}:Alerts:Budget:MaxNewTasksPerOwnerPerDay"] = $"{MaxNewTasksPerOwnerPerDay}",
            [$"{prefix}:Alerts:Budget:MaxOpenTasksPerOwner"] = $"{MaxOpenTasksPerOwner}",
        };
        if (PostgresConnectionString is not null)
            settings["ConnectionStrings:CrmSync"] = PostgresConnectionString;
        return settings;
    }
}
