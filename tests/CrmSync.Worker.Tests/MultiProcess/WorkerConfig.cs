using System.Text.Json;
using CrmSync.Sandbox;

namespace CrmSync.Worker.Tests.MultiProcess;

/// <summary>A --config file for child workers: one HubSpot connector on the test's sandbox.</summary>
public static class WorkerConfig
{
    public const string Connector = "sandbox";

    /// <param name="postgres">The store and Hangfire on this database; null = SQLite in <paramref name="directory"/> and Hangfire in memory.</param>
    /// <param name="cron">A schedule for the pipeline job, for <c>crmsync run</c>.</param>
    /// <returns>The file's path.</returns>
    public static string Write(string directory, SandboxHost sandbox, string? postgres = null, string? leaseExpiry = null, string? cron = null)
    {
        var connector = new Dictionary<string, object>
        {
            ["Kind"] = "HubSpot",
            ["BaseUrl"] = sandbox.BaseUrl.ToString(),
            ["AccessToken"] = sandbox.AccessToken,
            // Every alert a task on the first run (no budget), so the test sees whether any was created twice.
            ["Alerts"] = new
            {
                Backlog = "Tasks",
                Budget = new { MaxNewTasksPerRun = 100_000, MaxNewTasksPerOwnerPerDay = 100_000, MaxOpenTasksPerOwner = 100_000 },
            },
        };
        if (cron is not null)
            connector["Schedules"] = new Dictionary<string, object> { ["pipeline"] = new { Cron = cron } };
        var crmSync = new Dictionary<string, object>
        {
            ["DataDirectory"] = Path.Combine(directory, "data"),
            ["WorkerCount"] = 1,
            ["Connectors"] = new Dictionary<string, object> { [Connector] = connector },
        };
        if (leaseExpiry is not null)
            crmSync["LeaseExpiry"] = leaseExpiry;
        var settings = new
        {
            ConnectionStrings = new { CrmSync = postgres ?? "" },
            CrmSync = crmSync,
        };

        var path = Path.Combine(directory, "crmsync.test.json");
        File.WriteAllText(path, JsonSerializer.Serialize(settings));
        return path;
    }
}
