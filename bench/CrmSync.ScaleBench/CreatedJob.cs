namespace CrmSync.ScaleBench;

/// <param name="Time">Hangfire's "Time" parameter: when the recurring job scheduler created it.</param>
/// <param name="ServerId">The server of its last Processing state (the one that ran it to the end), if any.</param>
internal sealed record CreatedJob(long Id, string RecurringJobId, DateTimeOffset Time, string State, string? ServerId);
