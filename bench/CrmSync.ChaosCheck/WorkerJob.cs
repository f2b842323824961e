using System.Text.Json;

namespace CrmSync.ChaosCheck;

/// <summary>
/// <c>crmsync jobs run {job} --connector chaos</c> against one fake CRM, with its own SQLite store (kept across the
/// runs of one trial, as a restarted worker would find it). The CRM's secrets go in the environment. The connector
/// lease expires after 10 s (the shortest allowed), so a rerun after a kill -9 takes over the dead run's lease soon.
/// </summary>
internal sealed class WorkerJob
{
    public const string Connector = "chaos";
    public const string Pipeline = "pipeline";
    public const string Sync = "sync";

    /// <summary><c>jobs run</c>'s exit code when another run holds the connector's lease.</summary>
    private const int BusyExitCode = 3;

    private static readonly TimeSpan LeaseExpiry = TimeSpan.FromSeconds(10);
    private readonly string _directory;
    private readonly string _config;
    private readonly IReadOnlyDictionary<string, string> _secrets;

    public WorkerJob(string directory, IRunningCrm crm)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        _config = Path.Combine(directory, "chaos.json");
        _secrets = crm.SecretEnvironment(Connector);
        var settings = new
        {
            Logging = new { LogLevel = new { Default = "Error" } },
            CrmSync = new
            {
                DataDirectory = Path.Combine(directory, "data"),
                LeaseExpiry = LeaseExpiry.ToString(),
                Connectors = new Dictionary<string, object> { [Connector] = WithEveryAlertATask(crm.ConnectorSettings) },
            },
        };
        File.WriteAllText(_config, JsonSerializer.Serialize(settings));
    }

    /// <summary>The SQLite file the worker keeps its copy of the CRM in.</summary>
    public string StoreFile => Path.Combine(_directory, "data", "crmsync.db");

    public ChildProcess Start(string job = Pipeline) =>
        ChildProcess.StartCrmsync(["jobs", "run", job, "--connector", Connector, "--config", _config, "--json"], _directory, _secrets);

    /// <summary>
    /// Runs the job to its end and reads the JSON summary it prints. Right after a kill -9 the dead run still holds
    /// the lease: the job is refused as busy (exit 3) until it lapses, so it is started again until it runs.
    /// </summary>
    public async Task<RunResult> RunAsync(string job = Pipeline)
    {
        var deadline = DateTime.UtcNow + (LeaseExpiry * 3);
        while (true)
        {
            await using var process = Start(job);
            await process.WaitForExitAsync();
            if (process.ExitCode != BusyExitCode || DateTime.UtcNow > deadline)
                return (await ResultOfAsync(process)) with { Job = job };
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Waits for a started job to end and reads its summary.</summary>
    public static async Task<RunResult> ResultOfAsync(ChildProcess process)
    {
        await process.WaitForExitAsync();
        var line = process.Output.Split('\n').LastOrDefault(l => l.StartsWith('{'))
            ?? throw new InvalidOperationException($"The job printed no summary (exit {process.ExitCode}):\n{process.Output}");
        return RunResult.Parse(line);
    }

    /// <summary>Every alert a task on the first run, as before budgets: the check is about tasks created once.</summary>
    private static Dictionary<string, object> WithEveryAlertATask(IReadOnlyDictionary<string, object> settings) =>
        new(settings)
        {
            ["Alerts"] = new
            {
                Backlog = "Tasks",
                Budget = new { MaxNewTasksPerRun = 100_000, MaxNewTasksPerOwnerPerDay = 100_000, MaxOpenTasksPerOwner = 100_000 },
            },
        };
}
