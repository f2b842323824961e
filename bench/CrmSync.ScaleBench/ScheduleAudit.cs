using Cronos;

namespace CrmSync.ScaleBench;

/// <summary>
/// Every occurrence each registered (staggered) cron had in the window, matched with the jobs Hangfire's recurring
/// scheduler created (by their RecurringJobId and Time parameters) and the runs those jobs recorded.
/// </summary>
internal static class ScheduleAudit
{
    private static readonly TimeSpan Margin = TimeSpan.FromHours(2);

    public static List<OccurrenceResult> Audit(BenchRows rows, DateTimeOffset from, DateTimeOffset to)
    {
        var jobsByRecurring = rows.Jobs.ToLookup(j => j.RecurringJobId, StringComparer.Ordinal);
        var results = new List<OccurrenceResult>();
        foreach (var (id, (cronText, zoneId)) in rows.Recurring)
        {
            var cron = CronExpression.Parse(cronText, cronText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            var occurrences = cron.GetOccurrences(from - Margin, to + Margin, zone).ToList();
            // A job belongs to the latest occurrence at or before its creation (the scheduler creates it at the occurrence or after).
            var byOccurrence = jobsByRecurring[id]
                .GroupBy(j => occurrences.LastOrDefault(o => o <= j.Time.AddSeconds(1)))
                .ToDictionary(g => g.Key, g => g.ToList());
            foreach (var occurrence in occurrences.Where(o => o >= from && o < to))
            {
                var jobs = byOccurrence.GetValueOrDefault(occurrence) ?? [];
                var runs = jobs.SelectMany(j => rows.Runs[j.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).ToList();
                results.Add(new OccurrenceResult(id, occurrence, jobs, runs));
            }
        }

        return results;
    }
}
