using CrmSync.Core.Records;
using CrmSync.Storage;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Demo;

/// <summary>What the demo prints: the first pipeline run, and the second one that should write nothing.</summary>
public sealed record DemoSummary(
    string Status,
    IReadOnlyDictionary<string, long> RecordsPulled,
    long ComputedValuesWritten,
    long WriteCalls,
    long AlertsCreated,
    long ApiCalls,
    long RateLimited429,
    double Seconds,
    string DashboardUrl,
    string SandboxUrl,
    SecondRunSummary SecondRun)
{
    public static DemoSummary From(RunRecord first, RunRecord second, string dashboardUrl, string sandboxUrl) => new(
        first.Status.ToString(),
        CrmObjectTypes.All.Where(t => first.Counts.ContainsKey(CounterNames.Pulled(t)))
            .ToDictionary(t => t, t => first.Counts[CounterNames.Pulled(t)]),
        first.Counts.GetValueOrDefault(CounterNames.ValuesWritten),
        first.Counts.GetValueOrDefault(CounterNames.WriteCalls),
        first.Counts.GetValueOrDefault(CounterNames.AlertsCreated),
        first.Counts.GetValueOrDefault(CounterNames.ApiCalls),
        first.Counts.GetValueOrDefault(CounterNames.RateLimited),
        DurationOf(first),
        dashboardUrl,
        sandboxUrl,
        new SecondRunSummary(second.Status.ToString(), second.Counts.GetValueOrDefault(CounterNames.ValuesWritten),
            second.Counts.GetValueOrDefault(CounterNames.WriteCalls), second.Counts.GetValueOrDefault(CounterNames.AlertsCreated),
            second.Counts.GetValueOrDefault(CounterNames.ApiCalls), DurationOf(second)));

    private static double DurationOf(RunRecord run) =>
        Math.Round(((run.FinishedAt ?? run.StartedAt) - run.StartedAt).TotalSeconds, 2);
}
