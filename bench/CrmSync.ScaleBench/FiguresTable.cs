using System.Globalization;

namespace CrmSync.ScaleBench;

/// <summary>The bench's results: schedule adherence, throughput, lag, replica shares and the kill test, and whether they pass.</summary>
internal static class FiguresTable
{
    public static readonly TimeSpan LagTarget = TimeSpan.FromSeconds(60);

    public static bool Print(ScaleArguments a, List<OccurrenceResult> occurrences, BenchRows rows, IReadOnlyList<Replica> replicas,
        DateTimeOffset from, DateTimeOffset to, KillReport? kill)
    {
        var missed = occurrences.Count(o => o.Missed);
        var doubled = occurrences.Count(o => o.Doubled);
        var perConnector = occurrences.CountBy(o => o.RecurringJobId).Select(g => g.Value).DefaultIfEmpty(0).ToList();
        var lags = occurrences.Select(o => o.Lag).OfType<TimeSpan>().Select(l => l.TotalSeconds).Order().ToList();
        var completed = occurrences.Select(o => o.CompletedRun).OfType<RunRow>().ToList();
        var perMinute = Enumerable.Range(0, (int)Math.Ceiling((to - from).TotalMinutes))
            .Select(m => completed.Count(r => r.StartedAt >= from.AddMinutes(m) && r.StartedAt < from.AddMinutes(m + 1)))
            .ToList();
        var jobs = rows.Jobs.ToDictionary(j => j.Id.ToString(CultureInfo.InvariantCulture));
        var shares = completed
            .Select(r => jobs.TryGetValue(r.HangfireJobId!, out var j) && j.ServerId is { } s ? replicas.FirstOrDefault(x => x.Ran(s))?.Name ?? "?" : "?")
            .CountBy(name => name).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var otherRuns = occurrences.SelectMany(o => o.Runs).Where(r => !r.Completed).CountBy(r => r.Status).ToList();

        var p95 = Percentile(lags, 0.95);
        var table = new List<(string, string)>
        {
            ("connectors / replicas / workers per replica", $"{rows.Recurring.Count} / {a.Replicas} / {(a.Workers == 0 ? "auto" : a.Workers)}"),
            ("schedule", $"*/{a.IntervalMinutes} * * * * staggered over {a.IntervalMinutes} min, job {a.Job}"),
            ("window", $"{from:HH:mm:ss} – {to:HH:mm:ss} UTC ({(to - from).TotalMinutes:F0} min)"),
            ("occurrences scheduled in the window", N(occurrences.Count)),
            ("occurrences per connector (min – max)", $"{perConnector.Min()} – {perConnector.Max()}"),
            ("ran exactly once", N(occurrences.Count(o => !o.Missed && !o.Doubled))),
            ("missed", N(missed)),
            ("doubled", N(doubled)),
            ("other run outcomes", otherRuns.Count == 0 ? "none" : string.Join(", ", otherRuns.Select(g => $"{g.Key} {g.Value}"))),
            ("jobs per minute (mean / min / max)", $"{completed.Count / Math.Max(1, (to - from).TotalMinutes):F0} / {perMinute.DefaultIfEmpty(0).Min()} / {perMinute.DefaultIfEmpty(0).Max()}"),
            ("schedule lag p50 / p95 / max", $"{Percentile(lags, 0.5):F1} s / {p95:F1} s / {lags.DefaultIfEmpty(0).Max():F1} s"),
            ("per-replica share", string.Join(", ", shares.Select(g => $"{g.Key} {g.Value} ({100.0 * g.Value / Math.Max(1, completed.Count):F0} %)"))),
        };
        var killOk = true;
        if (kill is not null)
        {
            var (lines, recovered) = KillTest.Outcome(kill, rows, replicas);
            killOk = recovered;
            table.Add(("kill -9", $"{kill.Victim.Name} at {kill.KilledAt:HH:mm:ss} with {kill.JobsInFlight.Count} job(s) in flight: {(recovered ? "all taken over" : "NOT all recovered")}"));
            table.AddRange(lines.Select(l => ("", l)));
        }

        var width = table.Max(r => r.Item1.Length);
        Console.WriteLine();
        foreach (var (name, value) in table)
            Console.WriteLine($"{name.PadRight(width)}  {value}");

        var passed = missed == 0 && doubled == 0 && perConnector.Min() >= 2 && p95 < LagTarget.TotalSeconds && killOk;
        Console.WriteLine();
        Console.WriteLine(passed
            ? "PASS: every scheduled run happened exactly once, lag p95 under 60 s" + (kill is null ? "" : ", the killed replica's work finished elsewhere")
            : "FAIL: see the table above");
        return passed;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
