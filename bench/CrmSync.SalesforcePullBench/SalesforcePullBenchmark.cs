using System.Diagnostics;
using CrmSync.Storage;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Hosting;
using CrmSync.Worker.Jobs;

namespace CrmSync.SalesforcePullBench;

/// <summary>
/// A first (full) pull of Contact and Opportunity from the fake org through the real <c>sync</c> job (connector →
/// SQLite store), with the default analyzers' inputs (opportunity stage history included). Prints records per second,
/// API calls against the minimum (2,000 rows a query page for contacts, opportunities and their history rows, plus
/// describe, users and stages), and peak memory.
/// </summary>
public static class SalesforcePullBenchmark
{
    public static async Task<int> RunAsync(int records)
    {
        using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["--serve", "--records", records.ToString()])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        var ready = (await child.StandardOutput.ReadLineAsync())?.Split(' ');
        if (ready is not ["READY", var url, var clientId, var secret, var contacts, var opportunities, var history])
        {
            Console.Error.WriteLine("the fake org did not start");
            return 1;
        }

        var data = Path.Combine(Path.GetTempPath(), $"crmsync-sfpullbench-{Guid.NewGuid():N}");
        const string prefix = "CrmSync:Connectors:bench";
        var app = CrmSyncHost.Build(new HostSettings([], Overrides: new Dictionary<string, string?>
        {
            ["ConnectionStrings:CrmSync"] = "",
            ["CrmSync:DataDirectory"] = data,
            ["Logging:LogLevel:Default"] = "Warning",
            [$"{prefix}:Kind"] = "Salesforce",
            [$"{prefix}:LoginUrl"] = url.TrimEnd('/'),
            [$"{prefix}:Auth:Flow"] = "ClientCredentials",
            [$"{prefix}:Auth:ClientId"] = clientId,
            [$"{prefix}:Auth:ClientSecret"] = secret,
            [$"{prefix}:Objects:0"] = "contacts",
            [$"{prefix}:Objects:1"] = "deals",
        }));
        await app.Services.GetRequiredService<IRecordStore>().InitializeAsync(CancellationToken.None);
        var summary = await app.Services.GetRequiredService<ConnectorJobRunner>().RunAsync("bench", JobNames.Sync, dryRun: false, null, CancellationToken.None);

        var pulled = summary.Counts.GetValueOrDefault(CounterNames.Pulled("contacts")) + summary.Counts.GetValueOrDefault(CounterNames.Pulled("deals"));
        var calls = summary.Counts.GetValueOrDefault(CounterNames.ApiCalls);
        static long Pages(string rows) => (long.Parse(rows) + 1_999) / 2_000;
        // Two describes, the users and the stages, then 2,000 rows a page of each query.
        var minimum = 4 + Pages(contacts) + Pages(opportunities) + Pages(history);
        Console.WriteLine($"Fake org: {contacts} contacts + {opportunities} opportunities (deleted included), {history} OpportunityHistory rows; status {summary.Status}");
        Console.WriteLine($"pulled {pulled:N0} records in {summary.Seconds:F1} s: {pulled / summary.Seconds:F0} records/s");
        Console.WriteLine($"API calls {calls} against a minimum of {minimum} ({(double)calls / minimum:F3}×); records alone would take {Pages(contacts) + Pages(opportunities)}");
        Console.WriteLine($"peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
        Console.WriteLine("targets: calls ≤ 1.05× the minimum, peak < 500 MB");
        await app.DisposeAsync();
        Directory.Delete(data, recursive: true);
        child.StandardInput.Close();
        await child.WaitForExitAsync();
        return summary.Status == RunStatus.Succeeded ? 0 : 1;
    }
}
