using Npgsql;

namespace CrmSync.ScaleBench;

/// <summary>kill -9 of a replica while it runs jobs, and what became of those jobs.</summary>
internal static class KillTest
{
    /// <summary>Waits until <paramref name="victim"/> is running at least one job (Hangfire state Processing on its server), then kills it.</summary>
    public static async Task<KillReport> KillMidJobAsync(Replica victim, NpgsqlDataSource db, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var mine = (await BenchReader.ProcessingAsync(db)).Where(p => victim.Ran(p.ServerId)).Select(p => p.JobId).ToList();
            if (mine.Count > 0)
            {
                victim.KillHard();
                return new KillReport(victim, DateTimeOffset.UtcNow, mine);
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{victim.Name} ran no job within {timeout.TotalSeconds:F0} s; nothing to kill mid-job");
    }

    /// <summary>One line per job in flight: its dead run marked Abandoned and the run that did the work on another replica.</summary>
    public static (List<string> Lines, bool Recovered) Outcome(KillReport kill, BenchRows rows, IReadOnlyList<Replica> replicas)
    {
        var lines = new List<string>();
        var recovered = true;
        var jobs = rows.Jobs.ToDictionary(j => j.Id);
        foreach (var jobId in kill.JobsInFlight)
        {
            var runs = rows.Runs[jobId.ToString(System.Globalization.CultureInfo.InvariantCulture)].OrderBy(r => r.Id).ToList();
            var abandoned = runs.Where(r => r.Status == "Abandoned").ToList();
            var done = runs.Where(r => r.Completed).ToList();
            var finisher = jobs.TryGetValue(jobId, out var job) && job.ServerId is { } server
                ? replicas.FirstOrDefault(r => r.Ran(server))?.Name ?? server
                : "nobody";
            if (abandoned.Count == 0 && done.Count == 1 && finisher == kill.Victim.Name)
            {
                // The kill landed between the run's completion and Hangfire's acknowledgement; the retry then ran it again.
                lines.Add($"job {jobId}: its run {done[0].Id} had completed before the kill");
                continue;
            }

            if (abandoned.Count == 0 && done.Count == 1 && finisher != kill.Victim.Name)
            {
                // Killed after Hangfire fetched the job but before the run took its lease: nothing to take over.
                lines.Add($"job {jobId} ({job?.RecurringJobId}): killed before its run started; retried on {finisher} {(done[0].StartedAt - kill.KilledAt).TotalSeconds:F0} s after the kill, run {done[0].Id} {done[0].Status}");
                continue;
            }

            var ok = abandoned.Count == 1 && done.Count == 1 && finisher != kill.Victim.Name;
            recovered &= ok;
            lines.Add(ok
                ? $"job {jobId} ({job?.RecurringJobId}): run {abandoned[0].Id} marked Abandoned; retried on {finisher} {(done[0].StartedAt - kill.KilledAt).TotalSeconds:F0} s after the kill, run {done[0].Id} {done[0].Status}"
                : $"job {jobId} ({job?.RecurringJobId}): NOT recovered: runs {string.Join(", ", runs.Select(r => $"{r.Id} {r.Status}"))}, last run by {finisher}, Hangfire state {job?.State}");
        }

        return (lines, recovered);
    }
}
