using System.Diagnostics;

namespace CrmSync.ChaosCheck;

/// <summary>
/// The trials, each on a fresh sandbox CRM (same seed, same data) with its own store: an uninterrupted baseline,
/// kill -9 of the pipeline at the n-th batch update or task create, and runs whose write answers the proxy drops after
/// the CRM applied them. After each, the pipeline runs again (once the search lag has passed) and the CRM is compared.
/// </summary>
internal sealed class Trials(ChaosArguments a, string proxyScript, string workDirectory)
{
    private const string TaskCreates = "req.task_create";
    private const string BatchUpdates = "req.batch_update";
    private int _directories;

    public async Task<(CrmSnapshot Snapshot, RunResult Run)> BaselineAsync()
    {
        await using var crm = await SandboxProcess.StartAsync(a, workDirectory);
        var run = await new WorkerJob(NewDirectory("baseline"), crm.BaseUrl, a).RunAsync();
        return (await CrmSnapshot.ReadAsync(crm.BaseUrl), run);
    }

    /// <param name="alerts">Kill at the <paramref name="target"/>-th task create (else batch update), after <paramref name="delayMs"/>.</param>
    public async Task<TrialResult> KillAsync(int number, bool alerts, int target, int delayMs, CrmSnapshot baseline)
    {
        await using var crm = await SandboxProcess.StartAsync(a, workDirectory);
        await using var proxy = await FaultProxy.StartAsync(proxyScript, crm.Port, a.Seed + number, workDirectory);
        var job = new WorkerJob(NewDirectory($"kill-{number}"), proxy.BaseUrl, a);
        var counter = alerts ? TaskCreates : BatchUpdates;
        var clock = Stopwatch.StartNew();
        string interruption;
        await using (var worker = job.Start())
        {
            while (!worker.HasExited && (await proxy.StatsAsync()).GetValueOrDefault(counter) < target)
                await Task.Delay(5);
            await Task.Delay(delayMs);
            var seen = (await proxy.StatsAsync()).GetValueOrDefault(counter);
            interruption = worker.HasExited
                ? $"the pipeline ended before {(alerts ? "task create" : "batch update")} #{target} (no kill)"
                : $"kill -9 at {clock.Elapsed.TotalSeconds:F1} s, {delayMs} ms after {(alerts ? "task create" : "batch update")} #{target} was sent ({seen} sent by then)";
            worker.KillHard();
        }

        return new TrialResult($"kill {number,2} ({(alerts ? "alerts" : "values")})", interruption, await RerunAsync(job), await CompareAsync(crm, baseline));
    }

    /// <summary>
    /// Task-create answers dropped at <paramref name="rate"/> and batch-update answers at the update rate, after the CRM
    /// applied them. The proxy applies one rate to whatever its match_path matches, so the update phase and the alert
    /// phase are configured in turn: the rate switches when the first task create arrives.
    /// </summary>
    public async Task<TrialResult> LostResponsesAsync(int number, double rate, CrmSnapshot baseline)
    {
        await using var crm = await SandboxProcess.StartAsync(a, workDirectory);
        await using var proxy = await FaultProxy.StartAsync(proxyScript, crm.Port, a.Seed + 100 + number, workDirectory);
        await proxy.ConfigureAsync(new Dictionary<string, object> { ["drop_after_forward_rate"] = a.UpdateDropRate, ["match_path"] = "/batch/update$" });
        var job = new WorkerJob(NewDirectory($"lost-{number}"), proxy.BaseUrl, a);

        RunResult first;
        await using (var worker = job.Start())
        {
            while (!worker.HasExited && (await proxy.StatsAsync()).GetValueOrDefault(TaskCreates) == 0)
                await Task.Delay(2);
            await proxy.ConfigureAsync(new Dictionary<string, object> { ["drop_after_forward_rate"] = rate, ["match_path"] = "/objects/tasks$" });
            first = await WorkerJob.ResultOfAsync(worker);
        }

        var stats = await proxy.StatsAsync();
        await proxy.ConfigureAsync(new Dictionary<string, object> { ["drop_after_forward_rate"] = 0.0 });
        var interruption =
            $"answers dropped after the CRM applied the write: {stats.GetValueOrDefault("injected.drop_after_forward.task_create")} of " +
            $"{stats.GetValueOrDefault(TaskCreates)} task creates, {stats.GetValueOrDefault("injected.drop_after_forward.batch_update")} of " +
            $"{stats.GetValueOrDefault(BatchUpdates)} batch updates; that run: {first.Describe()}";
        return new TrialResult($"lost answers {number} (task creates {rate:P0}, batch updates {a.UpdateDropRate:P0})", interruption, await RerunAsync(job), await CompareAsync(crm, baseline));
    }

    /// <summary>Reruns once the worker's search lag has passed, again while intents are still pending (at most 3).</summary>
    private async Task<IReadOnlyList<RunResult>> RerunAsync(WorkerJob job)
    {
        var reruns = new List<RunResult>();
        do
        {
            await Task.Delay(a.WorkerSearchLag + TimeSpan.FromSeconds(1));
            reruns.Add(await job.RunAsync());
        }
        while (reruns[^1].Count("alerts_pending") > 0 && reruns.Count < 3);
        return reruns;
    }

    private static async Task<SnapshotDiff> CompareAsync(SandboxProcess crm, CrmSnapshot baseline) =>
        SnapshotDiff.Compare(baseline, await CrmSnapshot.ReadAsync(crm.BaseUrl));

    private string NewDirectory(string name) => Path.Combine(workDirectory, $"{Interlocked.Increment(ref _directories):D2}-{name}");
}
