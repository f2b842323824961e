using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Storage.Sqlite;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Tests.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>
/// Hangfire jobs against the store's connector lease, in process: "another process" is a second store instance on the
/// demo's SQLite file with a connector lock of its own.
/// </summary>
[Collection(HostCollection.Name)]
public class ConnectorLeaseEndToEndTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Trigger_ConnectorBusyInAnotherProcess_RecordedSkippedNamingTheRunItWaitedForAndLoggedAsAWarning()
    {
        var logs = new CapturingLoggerProvider();
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000 }, 0, null, Ct,
            configureServices: services => services.AddSingleton<ILoggerProvider>(logs));
        var otherProcess = OtherProcess(demo);
        await using var holding = await LeaseStore.Lock(otherProcess, TimeProvider.System, TimeSpan.FromMinutes(2))
            .StartRunAsync(new RunStart(DemoSession.Connector, "sync", false, DateTimeOffset.UtcNow), Ct);

        var run = await demo.RunPipelineAsync(Ct);

        Assert.Equal(RunStatus.Skipped, run.Status);
        Assert.Contains($"busy with run {holding.RunId}", run.Message);
        Assert.Equal(run.StartedAt, run.FinishedAt);
        Assert.Empty(demo.Sandbox.State.ListTasks());
        Assert.Contains(logs.Lines, l => l.Contains("Warning", StringComparison.Ordinal)
            && l.Contains($"busy with run {holding.RunId}", StringComparison.Ordinal) && l.Contains($"(run {run.Id})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_LeaseTakenOverMidRun_StopsWritingAndIsRecordedAbandoned()
    {
        await using var demo = await DemoSession.StartAsync(new SandboxOptions { Records = 1_000, Latency = TimeSpan.FromMilliseconds(100) }, 0, null, Ct,
            new Dictionary<string, string?> { ["CrmSync:LeaseExpiry"] = "00:00:10" });
        var store = demo.App.Services.GetRequiredService<IRecordStore>();
        var pipeline = demo.RunPipelineAsync(Ct);
        var running = await WaitForRunningAsync(store);

        // A process whose clock runs an hour ahead sees the lease as expired and takes it over.
        var otherProcess = OtherProcess(demo);
        var stolen = await otherProcess.TryAcquireLeaseAsync(new LeaseRequest(
            new RunStart(DemoSession.Connector, "sync", false, DateTimeOffset.UtcNow.AddHours(1)), "thief:1:x", DateTimeOffset.UtcNow.AddHours(2)), Ct);
        var run = await pipeline;
        var requestsAtStop = demo.Sandbox.State.RequestLog.Count;
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);

        Assert.True(stolen.Acquired);
        Assert.Equal(running.Id, stolen.AbandonedRunId);
        Assert.Equal((running.Id, RunStatus.Abandoned), (run.Id, run.Status));
        Assert.Contains("the connector lease was lost (another process took it over", run.Message);
        Assert.Equal(requestsAtStop, demo.Sandbox.State.RequestLog.Count);
        Assert.Equal(stolen.Lease, await otherProcess.GetLeaseAsync(DemoSession.Connector, Ct));
    }

    private static SqliteRecordStore OtherProcess(DemoSession demo) =>
        new(((SqliteRecordStore)demo.App.Services.GetRequiredService<IRecordStore>()).FilePath);

    private static Task<RunRecord> WaitForRunningAsync(IRecordStore store) =>
        Poll.UntilAsync(async () => (await store.ListRunsAsync(DemoSession.Connector, 1, Ct)).SingleOrDefault(r => r.Status == RunStatus.Running),
            TimeSpan.FromSeconds(60), "the pipeline's start");
}
