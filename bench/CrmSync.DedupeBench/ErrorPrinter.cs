using System.Globalization;
using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench;

/// <summary>Lists false positives and missed true pairs of a set (DEDUPE_BENCH_ERRORS=name), for diagnosis.</summary>
internal static class ErrorPrinter
{
    public static void Print(LabelledDataset data, DedupeResult result, double threshold, HashSet<(string, string)> truth, TextWriter output)
    {
        var records = data.Records.ToDictionary(r => r.Id);
        var reasons = result.Pairs.ToDictionary(p => Metrics.Key(p.IdA, p.IdB), p => p.Reason);
        var scored = result.ScoredPairs!.ToDictionary(p => Metrics.Key(p.IdA, p.IdB), p => p.Probability);
        output.WriteLine($"-- false positives of {data.Name} at {threshold}");
        foreach (var (pair, probability) in scored.Where(s => s.Value >= threshold && !truth.Contains(s.Key)).OrderByDescending(s => s.Value))
        {
            Show(pair, probability);
        }

        if (Environment.GetEnvironmentVariable("DEDUPE_BENCH_TRUE") == "1")
        {
            output.WriteLine($"-- true pairs of {data.Name}");
            foreach (var pair in truth.Where(t => scored.ContainsKey(t)))
            {
                Show(pair, scored[pair]);
            }
        }

        output.WriteLine($"-- missed true pairs of {data.Name}");
        foreach (var pair in truth.Where(t => scored.GetValueOrDefault(t, -1) < threshold).Take(int.TryParse(Environment.GetEnvironmentVariable("DEDUPE_BENCH_MISSED"), out var shown) ? shown : 60))
        {
            Show(pair, scored.GetValueOrDefault(pair, -1));
        }

        void Show((string A, string B) pair, double probability)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  p={probability:0.0000} {Describe(records[pair.A])} || {Describe(records[pair.B])}"));
            if (reasons.TryGetValue(pair, out var reason))
            {
                output.WriteLine($"      {reason}");
            }
        }
    }

    private static string Describe(DedupeRecord record) => $"{record.Id}: " + string.Join(", ", record.Fields.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => f.Value));
}
