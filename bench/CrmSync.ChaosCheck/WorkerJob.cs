using System.Text.Json;

namespace CrmSync.ChaosCheck;

/// <summary>
/// <c>crmsync jobs run pipeline --connector chaos</c> against one CRM address, with its own SQLite store (kept across
/// the runs of one trial, as a restarted worker would find it). The sandbox token goes in the environment.
/// </summary>
internal sealed class WorkerJob
{
    private const string Connector = "chaos";
    private readonly string _directory;
    private readonly string _config;

    public WorkerJob(string directory, Uri crm, ChaosArguments a)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        _config = Path.Combine(directory, "chaos.json");
        var settings = new
        {
            Logging = new { LogLevel = new { Default = "Error" } },
            CrmSync = new
            {
                DataDirectory = Path.Combine(directory, "data"),
                Connectors = new Dictionary<string, object>
                {
                    [Connector] = new
                    {
                        Kind = "HubSpot",
                        BaseUrl = crm.ToString(),
                        IndexLag = a.WorkerSearchLag.ToString(),
                        AttemptTimeout = "00:00:10",
                        RateLimit = new { BurstPer10Seconds = 190 },
                        // Every alert a task on the first run, as before budgets: the check is about tasks created once.
                        Alerts = new
                        {
                            Backlog = "Tasks",
                            Budget = new { MaxNewTasksPerRun = 100_000, MaxNewTasksPerOwnerPerDay = 100_000, MaxOpenTasksPerOwner = 100_000 },
                        },
                    },
                },
            },
        };
        File.WriteAllText(_config, JsonSerializer.Serialize(settings));
    }

    public ChildProcess Start() => ChildProcess.StartCrmsync(
        ["jobs", "run", "pipeline", "--connector", Connector, "--config", _config, "--json"], _directory,
        new Dictionary<string, string> { [$"CrmSync__Connectors__{Connector}__AccessToken"] = SandboxProcess.Token });

    /// <summary>Runs the pipeline to its end and reads the JSON summary it prints.</summary>
    public async Task<RunResult> RunAsync()
    {
        await using var process = Start();
        return await ResultOfAsync(process);
    }

    /// <summary>Waits for a started pipeline to end and reads its summary.</summary>
    public static async Task<RunResult> ResultOfAsync(ChildProcess process)
    {
        await process.WaitForExitAsync();
        var line = process.Output.Split('\n').LastOrDefault(l => l.StartsWith('{'))
            ?? throw new InvalidOperationException($"The pipeline printed no summary (exit {process.ExitCode}):\n{process.Output}");
        return RunResult.Parse(line);
    }
}
