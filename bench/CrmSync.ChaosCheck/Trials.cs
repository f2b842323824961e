using System.Diagnostics;
using CrmSync.Storage.Sqlite;

namespace CrmSync.ChaosCheck;

/// <summary>
/// The trials, each on a fresh fake CRM (same seed, same data) behind the fault proxy, with its own store: an
/// uninterrupted baseline; kill -9 of the pipeline at the n-th pull request, value write or task create; and runs
/// whose write answers the proxy drops after the CRM applied them. After each, the pipeline runs again and the CRM is
/// compared with the baseline's; after a kill during the pull, the resumed store is also compared with a store that
/// pulled the same CRM without interruption. Nothing here knows which CRM it talks to (<see cref="IChaosCrm"/>).
/// </summary>
internal sealed class Trials(ChaosArguments a, IChaosCrm crm, string proxyScript, string workDirectory)
{
    private int _directories;

    private CrmCalls Calls => crm.Calls;

    public async Task<Baseline> BaselineAsync()
    {
        await using var setup = await TrialCrm.StartAsync(crm, proxyScript, a.Seed, workDirectory);
        RunResult run;
        long pullRequests;
        await using (var worker = setup.Job(NewDirectory("baseline")).Start())
        {
            var stats = await setup.Proxy.StatsAsync();
            while (!worker.HasExited && Calls.Writes(stats) == 0)
            {
                await Task.Delay(5);
                stats = await setup.Proxy.StatsAsync();
            }

            pullRequests = CrmCalls.Requests(stats, Calls.PullKinds);
            run = await WorkerJob.ResultOfAsync(worker);
        }

        return new Baseline(await setup.Crm.ReadAsync(), run, pullRequests);
    }

    /// <summary>Kills the pipeline <paramref name="delayMs"/> after the <paramref name="target"/>-th request of the phase.</summary>
    public async Task<TrialResult> KillAsync(int number, KillPhase phase, int target, int delayMs, Baseline baseline)
    {
        await using var setup = await TrialCrm.StartAsync(crm, proxyScript, a.Seed + number, workDirectory);
        var job = setup.Job(NewDirectory($"kill-{number}"));
        var kinds = Calls.Kinds(phase);
        var what = phase switch { KillPhase.Pull => "pull request", KillPhase.Values => "value write", _ => "task create" };
        var clock = Stopwatch.StartNew();
        string interruption;
        bool killed;
        await using (var worker = job.Start())
        {
            while (!worker.HasExited && CrmCalls.Requests(await setup.Proxy.StatsAsync(), kinds) < target)
                await Task.Delay(5);
            await Task.Delay(delayMs);
            var seen = CrmCalls.Requests(await setup.Proxy.StatsAsync(), kinds);
            interruption = worker.HasExited
                ? $"the pipeline ended before {what} #{target} (no kill): {await OutcomeAsync(worker)}"
                : $"kill -9 at {clock.Elapsed.TotalSeconds:F1} s, {delayMs} ms after {what} #{target} was sent ({seen} sent by then)";
            killed = !worker.HasExited;
            worker.KillHard();
        }

        var reruns = new List<RunResult>();
        StoreDiff? store = null;
        if (phase == KillPhase.Pull)
        {
            if (Calls.Writes(await setup.Proxy.StatsAsync()) > 0)
            {
                interruption += "; the pull had already ended (writes were sent), so the store is not compared";
            }
            else
            {
                var checkpoint = await CheckpointAsync(job);
                var resumed = await job.RunAsync(WorkerJob.Sync);
                var reference = setup.Job(NewDirectory($"kill-{number}-reference"));
                var uninterrupted = await reference.RunAsync(WorkerJob.Sync);
                store = StoreDiff.Compare(
                    await StoreSnapshot.ReadAsync(reference.StoreFile, WorkerJob.Connector), await StoreSnapshot.ReadAsync(job.StoreFile, WorkerJob.Connector));
                interruption += $"; checkpoint left: {checkpoint}; the resumed pull read {resumed.Pulled:N0} records, an uninterrupted one {uninterrupted.Pulled:N0}";
                reruns.Add(resumed);
            }
        }

        reruns.AddRange(await RerunAsync(job));
        return new TrialResult($"kill {number,2} ({phase.ToString().ToLowerInvariant()})", interruption, reruns, await CompareAsync(setup, baseline), store)
        {
            Interrupted = killed,
        };
    }

    /// <summary>
    /// Task-create answers dropped at <paramref name="rate"/> and value-write answers at the update rate, after the CRM
    /// applied them. The proxy applies one rate to whatever its match_path matches, so the update phase and the alert
    /// phase are configured in turn: the rate switches when the first task create arrives.
    /// </summary>
    public async Task<TrialResult> LostResponsesAsync(int number, double rate, Baseline baseline)
    {
        await using var setup = await TrialCrm.StartAsync(crm, proxyScript, a.Seed + 100 + number, workDirectory);
        var proxy = setup.Proxy;
        await proxy.ConfigureAsync(new Dictionary<string, object> { ["drop_after_forward_rate"] = a.UpdateDropRate, ["match_path"] = Calls.ValueWritePath });
        var job = setup.Job(NewDirectory($"lost-{number}"));

        RunResult first;
        await using (var worker = job.Start())
        {
            while (!worker.HasExited && CrmCalls.Requests(await proxy.StatsAsync(), [Calls.TaskCreateKind]) == 0)
                await Task.Delay(2);
            await proxy.ConfigureAsync(new Dictionary<string, object> { ["drop_after_forward_rate"] = rate, ["match_path"] = Calls.TaskCreatePath });
            first = await WorkerJob.ResultOfAsync(worker);
        }

        var stats = await proxy.StatsAsync();
        await proxy.ConfigureAsync(new Dictionary<string, object> { ["drop_after_forward_rate"] = 0.0 });
        var interruption =
            $"answers dropped after the CRM applied the write: {CrmCalls.Dropped(stats, Calls.TaskCreateKind)} of " +
            $"{CrmCalls.Requests(stats, [Calls.TaskCreateKind])} task creates, {CrmCalls.Dropped(stats, Calls.ValueWriteKind)} of " +
            $"{CrmCalls.Requests(stats, [Calls.ValueWriteKind])} value writes; that run: {first.Describe()}";
        return new TrialResult($"lost answers {number} (task creates {rate:P0}, value writes {a.UpdateDropRate:P0})", interruption, await RerunAsync(job),
            await CompareAsync(setup, baseline));
    }

    /// <summary>Reruns the pipeline after the CRM's rerun delay, again while intents are still pending (at most 3).</summary>
    private async Task<IReadOnlyList<RunResult>> RerunAsync(WorkerJob job)
    {
        var reruns = new List<RunResult>();
        do
        {
            await Task.Delay(crm.RerunDelay);
            reruns.Add(await job.RunAsync());
        }
        while (reruns[^1].Count("alerts_pending") > 0 && reruns.Count < 3);
        return reruns;
    }

    /// <summary>What a killed pull left in the store, per type: pulled to the end, or the page checkpoint it resumes from.</summary>
    private static async Task<string> CheckpointAsync(WorkerJob job)
    {
        if (!File.Exists(job.StoreFile))
            return "none (killed before the store was created)";
        var store = new SqliteRecordStore(job.StoreFile);
        var parts = new List<string>();
        foreach (var type in StoreSnapshot.ObjectTypes)
        {
            if (await store.GetCursorAsync(WorkerJob.Connector, $"{type}:full", CancellationToken.None) is { Length: > 0 } page)
                parts.Add($"{type} resumes from {(page.Length <= 120 ? page : page[..120] + "…")}");
            else if (await store.GetCursorAsync(WorkerJob.Connector, type, CancellationToken.None) is { Length: > 0 })
                parts.Add($"{type} pulled");
        }

        return parts.Count == 0 ? "none (killed before the first page was stored)" : string.Join(", ", parts);
    }

    /// <summary>How a job that ended by itself ended: its summary, or the start of its output when it printed none.</summary>
    private static async Task<string> OutcomeAsync(ChildProcess worker)
    {
        try
        {
            return (await WorkerJob.ResultOfAsync(worker)).Describe();
        }
        catch (InvalidOperationException e)
        {
            return e.Message.Length <= 300 ? e.Message : e.Message[..300] + "…";
        }
    }

    private static async Task<SnapshotDiff> CompareAsync(TrialCrm setup, Baseline baseline) => SnapshotDiff.Compare(baseline.Snapshot, await setup.Crm.ReadAsync());

    private string NewDirectory(string name) => Path.Combine(workDirectory, $"{Interlocked.Increment(ref _directories):D2}-{name}");
}
