namespace CrmSync.Worker.Jobs;

/// <summary>
/// One step of a job (pull, analyze, merge, write values, alerts). Steps never call each other: a job is the list of
/// its steps, and what one step produces for the next travels on the <see cref="JobRunContext"/>.
/// </summary>
public interface IJobStep
{
    Task RunAsync(JobRunContext run, CancellationToken ct);
}
