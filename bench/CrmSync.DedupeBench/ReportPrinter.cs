using System.Globalization;

namespace CrmSync.DedupeBench;

/// <summary>Prints the data-set table (markdown, so it can be pasted into a report).</summary>
internal static class ReportPrinter
{
    public static void PrintDatasets(IReadOnlyList<DatasetReport> reports, TextWriter output)
    {
        output.WriteLine("| Set | n | true pairs | candidates | PC | RR | cand/true | pairwise P / R / F1 @match | cluster-pair P / R / F1 | B³ P / R / F1 | oracle pairwise F1 (thr) | π | groups (max) | s (median) | peak MB |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in reports)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Records} | {r.TruePairs} | {r.Candidates} | {r.PairsCompleteness:0.0000} | {r.ReductionRatio:0.00000} | {(double)r.Candidates / Math.Max(1, r.TruePairs):0.00} | {Triple(r.Pairwise)} | {Triple(r.ClusterPairs)} | {Triple(r.BCubed)} | {r.OracleBest.Quality.F1:0.000} ({r.OracleBest.Threshold}) | {r.PriorMatchProbability:0.0e0} | {r.Groups} ({r.LargestGroup}) | {r.MedianSeconds:0.000} | {r.PeakMegabytes:0} |"));
        }
    }

    private static string Triple(Quality q) => string.Create(CultureInfo.InvariantCulture, $"{q.Precision:0.000} / {q.Recall:0.000} / **{q.F1:0.000}**");
}
