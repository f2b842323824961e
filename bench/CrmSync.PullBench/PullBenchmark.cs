using System.Diagnostics;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Hosting;
using CrmSync.Worker.Jobs;

namespace CrmSync.PullBench;

/// <summary>
/// Pulls every contact from the sandbox through the real <c>sync</c> job (connector → SQLite store) and prints records
/// per second, calls against the minimum, 429s, the share of the rate-limit ceiling used, and peak memory.
/// </summary>
public static class PullBenchmark
{
    public static async Task<int> RunAsync(BenchArguments a)
    {
        using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, a.ToServeArgs())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        var ready = (await child.StandardOutput.ReadLineAsync())?.Split(' ');
        if (ready is not ["READY", var url, var token])
        {
            Console.Error.WriteLine("the sandbox did not start");
            return 1;
        }

        Console.WriteLine($"Sandbox: {a.Records:N0} contacts at {url}; limits {a.BurstPer10Seconds}/10 s, search {a.SearchPerSecond}/s");
        Console.WriteLine("run  records/s  calls  minimum  calls/min  429s  ceiling-used  seconds  peak-MB");
        var rows = new List<BenchRow>();
        for (var run = 1; run <= a.Runs; run++)
        {
            // The sandbox counts requests over a rolling 10 s: let the previous run's requests leave its window, or
            // the new connector (reading the rate-limit headers) rightly yields to what looks like another app.
            if (run > 1)
                await Task.Delay(TimeSpan.FromSeconds(11));
            var row = await PullOnceAsync(a, url, token);
            rows.Add(row);
            Console.WriteLine($"{run,3}  {row.RecordsPerSecond,9:F0}  {row.Calls,5}  {row.MinimumCalls,7}  {row.CallRatio,9:F3}  {row.RateLimited,4}  {row.CeilingUsed,12:P1}  {row.Seconds,7:F1}  {row.PeakMegabytes,7:F0}");
        }

        var median = rows.OrderBy(r => r.Seconds).ElementAt(rows.Count / 2);
        Console.WriteLine($"median: {median.RecordsPerSecond:F0} records/s, {median.CeilingUsed:P1} of the ceiling, calls {median.CallRatio:F3}× the minimum, " +
            $"{rows.Sum(r => r.RateLimited)} 429s in all, peak {rows.Max(r => r.PeakMegabytes):F0} MB");
        Console.WriteLine("targets: ≥ 90% of the ceiling, 0 429s, calls ≤ 1.05× the minimum, peak < 500 MB");
        child.StandardInput.Close();
        await child.WaitForExitAsync();
        return 0;
    }

    private static async Task<BenchRow> PullOnceAsync(BenchArguments a, string url, string token)
    {
        var data = Path.Combine(Path.GetTempPath(), $"crmsync-pullbench-{Guid.NewGuid():N}");
        var prefix = "CrmSync:Connectors:bench";
        var app = CrmSyncHost.Build(new HostSettings([], Overrides: new Dictionary<string, string?>
        {
            ["ConnectionStrings:CrmSync"] = "",
            ["CrmSync:DataDirectory"] = data,
            ["Logging:LogLevel:Default"] = "Warning",
            [$"{prefix}:Kind"] = "HubSpot",
            [$"{prefix}:BaseUrl"] = url,
            [$"{prefix}:AccessToken"] = token,
            [$"{prefix}:Objects:0"] = "contacts",
            [$"{prefix}:RateLimit:BurstPer10Seconds"] = a.BurstPer10Seconds.ToString(),
            [$"{prefix}:RateLimit:SearchPerSecond"] = a.SearchPerSecond.ToString(),
        }));
        await app.Services.GetRequiredService<IRecordStore>().InitializeAsync(CancellationToken.None);
        var runner = app.Services.GetRequiredService<ConnectorJobRunner>();

        var summary = await runner.RunAsync("bench", JobNames.Sync, dryRun: false, null, CancellationToken.None);
        var pulled = summary.Counts.GetValueOrDefault(CounterNames.Pulled("contacts"));
        var calls = summary.Counts.GetValueOrDefault(CounterNames.ApiCalls);
        // The list endpoint returns at most 100 per page; one more page lists archived records; owners and pipelines
        // take one call each.
        var minimum = (a.Records + 99) / 100 + 1 + 2;
        var ceiling = a.BurstPer10Seconds / 10.0;
        await app.DisposeAsync();
        Directory.Delete(data, recursive: true);

        return new BenchRow(pulled / summary.Seconds, calls, minimum, summary.Counts.GetValueOrDefault(CounterNames.RateLimited),
            calls / summary.Seconds / ceiling, summary.Seconds, Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0);
    }
}
