using System.Diagnostics;
using System.Text.Json.Nodes;
using CrmSync.Sandbox;
using CrmSync.Storage;
using CrmSync.Storage.Sqlite;
using CrmSync.Worker.Tests.EndToEnd;
using CrmSync.Worker.Tests.Operator;
using Microsoft.Data.Sqlite;

namespace CrmSync.Worker.Tests.MultiProcess;

/// <summary>
/// <c>crmsync run</c> as a real process, its CRM gone mid-pull (retries backing off), then SIGTERM or SIGINT: the
/// process records the run and exits 0 within <c>CrmSync:ShutdownTimeout</c>, its checkpoint kept for the next run.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class GracefulShutdownTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(20);
    private readonly string _directory = Directory.CreateTempSubdirectory("crmsync-shutdown-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Signal_WhileTheCrmIsUnreachable_RecordsTheRunCancelledWithItsCheckpoint_AndExitsZeroWithinTheShutdownTimeout(string signal)
    {
        if (signal == "INT" && SigIntIgnoredHere())
        {
            Assert.Skip("SIGINT is ignored by this test process (a shell starts background jobs so), and the child would inherit "
                + "that; the .NET runtime keeps an inherited SIG_IGN, as any `crmsync run` started that way would. Run from a foreground shell.");
        }

        var sandbox = await SandboxHost.StartAsync(new SandboxOptions { Records = 5_000, Latency = TimeSpan.FromMilliseconds(100) }, Ct);
        var config = WorkerConfig.Write(_directory, sandbox, cron: "*/5 * * * * *");
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(config, Ct))!;
        settings["CrmSync"]!["ShutdownTimeout"] = ShutdownTimeout.ToString("c");
        await File.WriteAllTextAsync(config, settings.ToJsonString(), Ct);
        var store = new SqliteRecordStore(Path.Combine(_directory, "data", "crmsync.db"));
        await store.InitializeAsync(Ct);
        await using var worker = WorkerProcess.Start("run", "--urls", $"http://127.0.0.1:{Ports.Free()}", "--config", config);

        var running = await Poll.UntilAsync(async () =>
        {
            Assert.False(worker.HasExited, $"crmsync run exited before its run started\n{worker.Output}");
            return (await store.ListRunsAsync(WorkerConfig.Connector, 10, Ct)).FirstOrDefault(r => r.Status == RunStatus.Running);
        }, TimeSpan.FromSeconds(240), "a scheduled pipeline's start");
        var checkpoint = await Poll.UntilAsync(async () => NullIfEmpty(await store.GetCursorAsync(WorkerConfig.Connector, "contacts:full", Ct)),
            TimeSpan.FromSeconds(240), "the first stored page of contacts");
        await sandbox.DisposeAsync();
        // The CRM is now unreachable: the connector's retries back off (seconds, growing) while the test waits.
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);

        var clock = Stopwatch.StartNew();
        Signal(worker.Id, signal);
        var exit = await worker.WaitForExitAsync(ShutdownTimeout + TimeSpan.FromSeconds(15));
        var elapsed = clock.Elapsed;
        output.WriteLine($"SIG{signal}: exit {exit} after {elapsed.TotalSeconds:F1} s (shutdown timeout {ShutdownTimeout.TotalSeconds:F0} s); checkpoint before: {checkpoint}");

        Assert.Equal(0, exit);
        Assert.True(elapsed < ShutdownTimeout, $"exit took {elapsed.TotalSeconds:F1} s");
        var run = (await store.ListRunsAsync(WorkerConfig.Connector, 10, Ct)).Single(r => r.Id == running.Id);
        Assert.Equal(RunStatus.Cancelled, run.Status);
        Assert.NotNull(run.FinishedAt);
        Assert.True(run.Counts.GetValueOrDefault("pulled.contacts") > 0, $"run {run.Id} counts: {string.Join(", ", run.Counts)}");
        // The next run resumes the full pull from here instead of starting over.
        Assert.False(string.IsNullOrEmpty(await store.GetCursorAsync(WorkerConfig.Connector, "contacts:full", Ct)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>Whether SIGINT (bit 2 of /proc/self/status SigIgn) is ignored in this process, and so in its children.</summary>
    private static bool SigIntIgnoredHere()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { $"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }
}
