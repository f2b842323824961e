namespace CrmSync.ScaleBench;

/// <summary>One row of crmsync.runs.</summary>
internal sealed record RunRow(long Id, string Connector, string Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? HangfireJobId)
{
    /// <summary>A run that did the job (PartiallyFailed still ran: its failed records are retried next time).</summary>
    public bool Completed => Status is "Succeeded" or "PartiallyFailed";
}
