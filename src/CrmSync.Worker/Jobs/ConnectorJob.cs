using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// The one stable Hangfire entry point: arguments are the connector and job names only (never a secret), so jobs
/// queued by an older build still load after an upgrade.
/// </summary>
public sealed partial class ConnectorJob(ConnectorJobRunner runner, ILogger<ConnectorJob> logger)
{
    // Two retries, a minute then five later: transient CRM outages pass; a job that fails thrice waits for the
    // next schedule. A failed write is retried by the next run anyway, because nothing is marked written.
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [60, 300], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("{1} · {0}")]
    /// <param name="job">A schedule id of the connector (naming its job and analyzers) or a job name.</param>
    public async Task RunAsync(string connector, string job, PerformContext? context, CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunScheduledAsync(connector, job, context?.BackgroundJob.Id, cancellationToken);
        }
        catch (ConnectorBusyException e)
        {
            LogSkipped(e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message}")]
    private partial void LogSkipped(string message);
}
