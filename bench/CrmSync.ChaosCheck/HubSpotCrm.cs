namespace CrmSync.ChaosCheck;

/// <summary>
/// HubSpot (<c>--crm hubspot</c>): values go out as <c>batch/update</c>, tasks as <c>POST /objects/tasks</c>. A rerun
/// waits for the worker's IndexLag, after which pending task intents are looked up by alert key in search.
/// </summary>
internal sealed class HubSpotCrm(ChaosArguments a) : IChaosCrm
{
    public string Name => "HubSpot";

    public IReadOnlyList<KillPhase> DefaultPhases { get; } = [KillPhase.Values, KillPhase.Alerts];

    public CrmCalls Calls { get; } = new(["get", "search"], "batch_update", "task_create", "/batch/update$", "/objects/tasks$");

    public TimeSpan RerunDelay => a.WorkerSearchLag + TimeSpan.FromSeconds(1);

    public async Task<IRunningCrm> StartAsync(Uri proxy, string workingDirectory) => await HubSpotSandboxProcess.StartAsync(a, proxy, workingDirectory);
}
