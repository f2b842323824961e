namespace CrmSync.Worker.Jobs;

/// <summary>Thrown after a failed run was recorded, so Hangfire marks the job failed and retries it.</summary>
public sealed class JobFailedException(JobRunSummary summary)
    : Exception($"Connector '{summary.Connector}': job {summary.Job} {summary.Status}: {summary.Message}")
{
    public JobRunSummary Summary { get; } = summary;
}
