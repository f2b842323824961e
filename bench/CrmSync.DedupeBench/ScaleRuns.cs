using System.Diagnostics;
using System.Globalization;

namespace CrmSync.DedupeBench;

/// <summary>
/// The million-record figures: each run in a process of its own (as one crmsync dedupe run is), the population
/// generated again each time and not timed; the median wall time of the runs, their largest CPU time and peak
/// resident memory, and the quality of the last. A process per run keeps one run's garbage and the collector's
/// tuning after it out of the next run's memory figure.
/// </summary>
internal static class ScaleRuns
{
    public static readonly string[] Generators = ["synthetic", "hard"];

    public static int Run(IEnumerable<string> generators, int count, int runs, TextWriter output)
    {
        var rows = new List<string>();
        foreach (var generator in generators)
        {
            var results = new List<double[]>();
            for (var run = 1; run <= runs; run++)
            {
                var (code, result) = RunChild(generator, count, relayAll: run == runs, output);
                if (code != 0 || result is null)
                {
                    return code == 0 ? 1 : code;
                }

                results.Add(result);
            }

            var last = results[^1];
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {generator}_{count} | {DatasetBenchmark.Median(results.Select(r => r[0]).ToList()):0.00} | {results.Max(r => r[1]):0.0} | {results.Max(r => r[2]):0} | {last[6]:N0} | {last[3]:0.000} / {last[4]:0.000} / **{last[5]:0.000}** |"));
        }

        output.WriteLine($"Median of {runs} run(s), one process each; load average now {ScaleBenchmark.LoadAverage()}");
        output.WriteLine("| set | median s | max CPU s | peak MB | candidates | pairwise P / R / F1 |");
        output.WriteLine("|---|---|---|---|---|---|");
        rows.ForEach(output.WriteLine);
        return 0;
    }

    private static (int Code, double[]? Result) RunChild(string generator, int count, bool relayAll, TextWriter output)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("CrmSync.DedupeBench", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ScaleRuns).Assembly.Location); // launched through "dotnet"
        }

        foreach (var argument in new[] { "scale", generator, "--records", count.ToString(CultureInfo.InvariantCulture), "--runs", "1" })
        {
            start.ArgumentList.Add(argument);
        }

        double[]? result = null;
        using var child = Process.Start(start)!;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("#result ", StringComparison.Ordinal))
            {
                result = line[8..].Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            }
            else if (relayAll || line.TrimStart().StartsWith("run ", StringComparison.Ordinal))
            {
                output.WriteLine(line);
            }
        }

        child.WaitForExit();
        return (child.ExitCode, result);
    }
}
