using System.Diagnostics;
using System.Globalization;
using CrmSync.Core.Dedupe;
using CrmSync.Core.Dedupe.Incremental;

namespace CrmSync.DedupeBench;

/// <summary>
/// Builds a <see cref="DedupeIndex"/> over each generated population, then checks held-out records (a share of them
/// duplicates of indexed people) one at a time and reports latency percentiles for lookups and upserts.
/// </summary>
internal static class IncrementalBenchmark
{
    private const int Probes = 2_000;

    public static void Run(int count, TextWriter output)
    {
        foreach (var generator in ScaleRuns.Generators)
        {
            Run(generator, count, output);
        }
    }

    private static void Run(string generator, int count, TextWriter output)
    {
        var data = ScaleBenchmark.Generate(generator, count + Probes);
        var indexed = data.Records.Take(count).ToList();
        var probes = data.Records.Skip(count).ToList();
        var clock = Stopwatch.StartNew();
        var index = DedupeIndex.Build(indexed, new DedupeSettings { Kind = RecordKind.Person });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Incremental ({generator}): index of {count:N0} records built in {clock.Elapsed.TotalSeconds:0.0} s; load average {ScaleBenchmark.LoadAverage()}"));

        var lookups = Measure(probes, record => index.FindMatches(record), out var found);
        var upserts = Measure(probes, record => index.Upsert(record), out _);
        var indexedEntities = indexed.Select(i => data.EntityOf[i.Id]).ToHashSet();
        var expected = probes.Count(p => indexedEntities.Contains(data.EntityOf[p.Id]));
        output.WriteLine("| operation | records | p50 ms | p95 ms | p99 ms | max ms | probes with a match |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        output.WriteLine(Row("FindMatches", count, lookups, $"{found} (planted duplicates of indexed people: {expected})"));
        output.WriteLine(Row("Upsert", count, upserts, ""));
    }

    private static List<double> Measure(List<DedupeRecord> probes, Func<DedupeRecord, IReadOnlyList<DuplicatePair>> operation, out int withMatch)
    {
        var times = new List<double>(probes.Count);
        withMatch = 0;
        foreach (var probe in probes)
        {
            var clock = Stopwatch.StartNew();
            var matches = operation(probe);
            times.Add(clock.Elapsed.TotalMilliseconds);
            withMatch += matches.Count > 0 ? 1 : 0;
        }

        times.Sort();
        return times;
    }

    private static string Row(string name, int count, List<double> sorted, string note) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {count:N0} | {Percentile(sorted, 0.5):0.00} | {Percentile(sorted, 0.95):0.00} | {Percentile(sorted, 0.99):0.00} | {sorted[^1]:0.00} | {note} |");

    private static double Percentile(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
}
