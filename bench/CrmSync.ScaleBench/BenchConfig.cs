using System.Globalization;
using System.Text.Json;

namespace CrmSync.ScaleBench;

/// <summary>The replicas' --config file: the shared database, short lease and invisibility for the kill, and the connectors.</summary>
internal static class BenchConfig
{
    public const string LeaseExpiry = "00:00:20";

    /// <summary>How long a killed replica's job stays invisible before another replica fetches it again.</summary>
    public static readonly TimeSpan JobInvisibilityTimeout = TimeSpan.FromMinutes(1);

    public static string ConnectorName(int index) => string.Create(CultureInfo.InvariantCulture, $"client_{index + 1:D5}");

    public static string Write(string directory, ScaleArguments a, string connectionString, SandboxFleet sandboxes)
    {
        var connectors = new Dictionary<string, object>();
        for (var i = 0; i < a.Connectors; i++)
        {
            var sandbox = sandboxes.For(i, a);
            connectors[ConnectorName(i)] = new Dictionary<string, object>
            {
                ["Kind"] = "HubSpot",
                ["BaseUrl"] = sandbox.BaseUrl.ToString(),
                ["AccessToken"] = sandbox.AccessToken,
                // The sandbox's search index does not lag: incremental windows may end at now.
                ["IndexLag"] = "00:00:00",
                ["Schedules"] = new Dictionary<string, object>
                {
                    [a.Job] = new { Cron = string.Create(CultureInfo.InvariantCulture, $"*/{a.IntervalMinutes} * * * *"), Spread = TimeSpan.FromMinutes(a.IntervalMinutes).ToString("c", CultureInfo.InvariantCulture) },
                },
            };
        }

        var settings = new
        {
            ConnectionStrings = new { CrmSync = connectionString },
            Logging = new { LogLevel = new Dictionary<string, string> { ["Default"] = "Warning", ["CrmSync.Worker.Jobs.ConnectorLock"] = "Warning" } },
            CrmSync = new
            {
                WorkerCount = a.Workers,
                LeaseExpiry,
                JobInvisibilityTimeout = JobInvisibilityTimeout.ToString("c", CultureInfo.InvariantCulture),
                Connectors = connectors,
            },
        };
        var path = Path.Combine(directory, "crmsync.scale.json");
        File.WriteAllText(path, JsonSerializer.Serialize(settings, new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
