namespace CrmSync.ScaleBench;

/// <summary>One occurrence of one connector's staggered cron in the window: the jobs Hangfire created for it and their runs.</summary>
internal sealed record OccurrenceResult(string RecurringJobId, DateTimeOffset Scheduled, IReadOnlyList<CreatedJob> Jobs, IReadOnlyList<RunRow> Runs)
{
    public int CompletedRuns => Runs.Count(r => r.Completed);

    /// <summary>No job was created, or none of its runs did the work.</summary>
    public bool Missed => Jobs.Count == 0 || CompletedRuns == 0;

    /// <summary>Two jobs for one occurrence, or one job whose work was done twice.</summary>
    public bool Doubled => Jobs.Count > 1 || CompletedRuns > 1;

    /// <summary>From the occurrence to the start of its first run (a killed first attempt counts: that is when it started).</summary>
    public TimeSpan? Lag => Runs.Count == 0 ? null : Runs.Min(r => r.StartedAt) - Scheduled;

    public RunRow? CompletedRun => Runs.FirstOrDefault(r => r.Completed);
}
