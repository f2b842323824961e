using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Storage.Postgres;
using CrmSync.Storage.Sqlite;
using CrmSync.Worker.Cli;
using CrmSync.Worker.Jobs;
using CrmSync.Worker.Tests.EndToEnd;
using CrmSync.Worker.Tests.Postgres;
using Microsoft.Data.Sqlite;

namespace CrmSync.Worker.Tests.MultiProcess;

/// <summary>
/// Real processes of the built worker against one store: what the lease must hold whoever opens the store. The
/// sandbox runs in the test process with some latency per request, so that a pipeline lasts long enough to be caught.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class MultiProcessLeaseTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(240);
    private readonly string _directory = Directory.CreateTempSubdirectory("crmsync-multiprocess-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoJobsRunProcessesOnOneSqliteDirectory_SecondIsSkippedNamingTheFirstAndNoAlertIsDuplicated()
    {
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { Records = 1_000, Latency = TimeSpan.FromMilliseconds(50) }, Ct);
        var config = WorkerConfig.Write(_directory, sandbox);
        var store = new SqliteRecordStore(Path.Combine(_directory, "data", "crmsync.db"));
        await store.InitializeAsync(Ct);
        string[] pipeline = ["jobs", "run", "pipeline", "--connector", WorkerConfig.Connector, "--config", config];

        await using var first = WorkerProcess.Start(pipeline);
        var running = await Poll.UntilAsync(async () =>
        {
            Assert.False(first.HasExited, $"the first process exited before its run started\n{first.Output}");
            return await RunningAsync(store);
        }, StartTimeout, "the first pipeline's start");
        await using var second = WorkerProcess.Start(pipeline);
        var secondExit = await second.WaitForExitAsync(StartTimeout);
        var firstExit = await first.WaitForExitAsync(TimeSpan.FromMinutes(3));
        output.WriteLine($"second process (exit {secondExit}): {string.Join(" | ", second.ErrorLines)}");

        Assert.Equal(JobsCommand.BusyExitCode, secondExit);
        var busy = Assert.Single(second.ErrorLines);
        Assert.StartsWith($"error: Connector '{WorkerConfig.Connector}' is busy with run {running.Id} ", busy);
        Assert.Equal(0, firstExit);
        var runs = await store.ListRunsAsync(WorkerConfig.Connector, 10, Ct);
        Assert.Equal(2, runs.Count);
        var done = Assert.Single(runs, r => r.Id == running.Id);
        var skipped = Assert.Single(runs, r => r.Id != running.Id);
        Assert.Equal((RunStatus.Succeeded, RunStatus.Skipped), (done.Status, skipped.Status));
        Assert.Contains($"busy with run {running.Id}", skipped.Message);
        var tasks = sandbox.State.ListTasks();
        output.WriteLine($"first run: {(done.FinishedAt - done.StartedAt)?.TotalSeconds:F1} s, {done.Counts[CounterNames.AlertsCreated]} alerts created; sandbox holds {tasks.Count} tasks");
        Assert.Equal(done.Counts[CounterNames.AlertsCreated], tasks.Count);
        Assert.Equal(tasks.Count, tasks.DistinctBy(t => (t.Subject, string.Join(',', t.Associations.Select(a => $"{a.ObjectType}:{a.Id}")))).Count());
    }

    [Fact]
    public async Task KillNineOfOneOfTwoPostgresReplicasMidRun_TheOtherRunsTheNextTriggerAfterTheLeaseExpiryAndTheDeadRunIsAbandoned()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { Records = 1_000, Latency = TimeSpan.FromMilliseconds(100) }, Ct);
        var expiry = TimeSpan.FromSeconds(10);
        var config = WorkerConfig.Write(_directory, sandbox, database.ConnectionString, expiry.ToString("c"), cron: "*/5 * * * * *");
        await using var store = PostgresRecordStore.Create(database.ConnectionString);
        await store.InitializeAsync(Ct);
        int[] ports = [FreePort(), FreePort()];
        await using var replicaA = WorkerProcess.Start("run", "--urls", $"http://127.0.0.1:{ports[0]}", "--config", config);
        await using var replicaB = WorkerProcess.Start("run", "--urls", $"http://127.0.0.1:{ports[1]}", "--config", config);
        WorkerProcess[] replicas = [replicaA, replicaB];

        var dead = await Poll.UntilAsync(() => RunningAsync(store), StartTimeout, "a scheduled pipeline's start");
        var lease = await store.GetLeaseAsync(WorkerConfig.Connector, Ct);
        var victim = Array.FindIndex(replicas, r => lease!.Holder.Contains($":{r.Id}:", StringComparison.Ordinal));
        Assert.True(victim >= 0, $"no replica holds the lease {lease}");
        await replicas[victim].KillAsync();
        var killedAt = DateTimeOffset.UtcNow;
        var deadLease = (await store.GetLeaseAsync(WorkerConfig.Connector, Ct))!;

        var taker = await Poll.UntilAsync(async () => (await store.ListRunsAsync(WorkerConfig.Connector, 50, Ct))
            .Where(r => r.Id > dead.Id && r.Status is not RunStatus.Skipped).MinBy(r => r.Id), StartTimeout, "the surviving replica's takeover");
        var runs = (await store.ListRunsAsync(WorkerConfig.Connector, 50, Ct)).ToDictionary(r => r.Id);
        var skippedMeanwhile = runs.Values.Count(r => r.Status == RunStatus.Skipped && r.Message!.Contains($"busy with run {dead.Id}", StringComparison.Ordinal));
        output.WriteLine($"lease expiry {expiry.TotalSeconds:F0} s; killed replica {(char)('A' + victim)} (pid {replicas[victim].Id}) in run {dead.Id}; " +
            $"its lease ran until {(deadLease.ExpiresAt - killedAt).TotalSeconds:F1} s after the kill; " +
            $"triggers skipped meanwhile: {skippedMeanwhile}; run {taker.Id} took over {(taker.StartedAt - killedAt).TotalSeconds:F1} s after the kill");

        Assert.Equal(RunStatus.Abandoned, runs[dead.Id].Status);
        Assert.Contains($"run {taker.Id} took it over", runs[dead.Id].Message);
        Assert.True(taker.StartedAt >= deadLease.ExpiresAt, $"run {taker.Id} started at {taker.StartedAt:O}, before the dead lease expired at {deadLease.ExpiresAt:O}");
        Assert.Contains($":{replicas[1 - victim].Id}:", (await store.GetLeaseAsync(WorkerConfig.Connector, Ct))?.Holder ?? $"-:{replicas[1 - victim].Id}:");
        using var http = new HttpClient();
        var listed = await http.GetStringAsync($"http://127.0.0.1:{ports[1 - victim]}/runs?connector={WorkerConfig.Connector}&limit=50", Ct);
        var status = JsonDocument.Parse(listed).RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == dead.Id).GetProperty("status");
        Assert.True(status.ValueKind == JsonValueKind.String ? status.GetString() == "Abandoned" : status.GetInt32() == (int)RunStatus.Abandoned,
            $"/runs shows run {dead.Id} as {status}");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<RunRecord?> RunningAsync(IRecordStore store) =>
        (await store.ListRunsAsync(WorkerConfig.Connector, 50, Ct)).FirstOrDefault(r => r.Status == RunStatus.Running);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
