namespace CrmSync.ScaleBench;

/// <summary>What the bench reads back from Hangfire and the run history after the window.</summary>
/// <param name="Recurring">Recurring job id → its registered (staggered) cron and time zone.</param>
/// <param name="Jobs">Every job a recurring job created.</param>
/// <param name="Runs">Every run in the history, by Hangfire job id.</param>
internal sealed record BenchRows(
    IReadOnlyDictionary<string, (string Cron, string TimeZone)> Recurring,
    IReadOnlyList<CreatedJob> Jobs,
    ILookup<string, RunRow> Runs);
