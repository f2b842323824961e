using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CrmSync.MetricsBench;

// crmsync metrics benchmark: the same seeded data through CrmSync's engine and through DuckDB SQL, each side in a
// child process of its own (so each peak memory is its own), every metric of the twelve monthly periods compared.
//   dotnet run -c Release --project bench/CrmSync.MetricsBench -- [--deals N] [--customers N] [--contacts N] [--runs N] [--seed N]
var settings = BenchSettings.Parse(args);
var partAt = Array.IndexOf(args, "--part");
if (partAt >= 0)
{
    var result = args[partAt + 1] == "engine" ? EngineSide.Run(settings) : DuckDbSide.Run(settings);
    File.WriteAllText(args[Array.IndexOf(args, "--out") + 1], JsonSerializer.Serialize(result));
    return 0;
}

Console.WriteLine($"metrics bench: {settings.Deals:N0} deals, {settings.Customers:N0} customers × {BenchSettings.Months} months of MRR, " +
                  $"{settings.Contacts:N0} contacts, {BenchSettings.Periods.Count} monthly periods, median of {settings.Runs} runs, seed {settings.Seed}");
var engine = Child("engine", settings);
var duck = Child("duckdb", settings);
foreach (var (name, count) in engine.Rows)
    Console.WriteLine($"  {name,-18} {count,12:N0}");
Console.WriteLine();
Console.WriteLine($"{"",-8} {"median s",9} {"runs s",-24} {"load s",7} {"load peak MB",13} {"compute peak MB",16}");
foreach (var side in new[] { engine, duck })
{
    Console.WriteLine($"{side.Side,-8} {side.Median,9:F3} {string.Join(" ", side.Seconds.Select(s => s.ToString("F3", CultureInfo.InvariantCulture))),-24} " +
                      $"{side.LoadSeconds,7:F1} {side.LoadPeakMb,13:F0} {side.PeakMb,16:F0}");
}

Console.WriteLine($"ratio DuckDB / CrmSync: {duck.Median / engine.Median:F2} (above 1: CrmSync is faster)");
var (compared, differences) = Comparison.Compare(engine, duck);
Console.WriteLine($"same numbers: {compared - differences.Count:N0} of {compared:N0} (period, metric) values agree");
foreach (var difference in differences.Take(30))
    Console.WriteLine($"  differs: {difference}");
var ok = differences.Count == 0 && engine.Median <= duck.Median && engine.PeakMb < 1536;
Console.WriteLine(ok ? "verdict: PASS (same numbers, no slower than DuckDB, under 1.5 GB)" : "verdict: FAIL");
return ok ? 0 : 1;

static SideResult Child(string part, BenchSettings settings)
{
    var output = Path.GetTempFileName();
    try
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        foreach (var arg in settings.ToArgs().Concat(["--part", part, "--out", output]))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"the {part} side failed with exit code {process.ExitCode}");
        return JsonSerializer.Deserialize<SideResult>(File.ReadAllText(output))!;
    }
    finally
    {
        File.Delete(output);
    }
}
