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
    public async Task RunAsync(string connector, string job, PerformContext? context, CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunAsync(connector, job, dryRun: false, context?.BackgroundJob.Id, cancellationToken);
        }
        catch (ConnectorBusyException e)
        {
            LogSkipped(e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message}")]
    private partial void LogSkipped(string message);
}
