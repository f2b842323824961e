using CrmSync.Worker.Configuration;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Makes Hangfire's recurring jobs match the configuration: one per (connector, job) with a stable id
/// "{connector}:{job}", and removes those no longer configured. Idempotent, so every replica may run it.
/// </summary>
public sealed partial class RecurringJobRegistrar(
    IRecurringJobManager manager,
    JobStorage storage,
    ConnectorCatalog catalog,
    IOptionsMonitor<ConnectorOptions> options,
    ILogger<RecurringJobRegistrar> logger)
{
    public const string Queue = "default";

    public IReadOnlyList<string> Register()
    {
        var wanted = new List<string>();
        foreach (var connector in catalog.Names)
        {
            foreach (var (job, schedule) in options.Get(connector).Schedules)
            {
                if (!schedule.Enabled || string.IsNullOrWhiteSpace(schedule.Cron))
                    continue;
                var id = $"{connector}:{job}";
                manager.AddOrUpdate<ConnectorJob>(id, Queue, j => j.RunAsync(connector, job, null, CancellationToken.None),
                    schedule.Cron, new RecurringJobOptions
                    {
                        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone),
                        MisfireHandling = MisfireHandlingMode.Relaxed,
                    });
                wanted.Add(id);
            }
        }

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id).Except(wanted, StringComparer.Ordinal))
        {
            manager.RemoveIfExists(stale);
            LogRemoved(stale);
        }

        LogRegistered(wanted.Count);
        return wanted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed recurring job {Id}: no longer configured")]
    private partial void LogRemoved(string id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} recurring jobs from configuration")]
    private partial void LogRegistered(int count);
}
