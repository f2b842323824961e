using CrmSync.Worker.Configuration;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Makes Hangfire's recurring jobs match the configuration: one per (connector, job) with a stable id
/// "{connector}:{schedule id}", and removes those no longer configured. Idempotent, so every replica may run it.
/// Each cron is staggered by the schedule's <see cref="JobSchedule.Spread"/> (<see cref="ScheduleStagger"/>).
/// </summary>
public sealed partial class RecurringJobRegistrar(
    IRecurringJobManager manager,
    JobStorage storage,
    ConnectorSettingsProvider connectors,
    ILogger<RecurringJobRegistrar> logger)
{
    public const string Queue = "default";

    public IReadOnlyList<string> Register()
    {
        var wanted = new List<string>();
        foreach (var connector in connectors.Names)
        {
            foreach (var (scheduleId, schedule) in connectors.Get(connector).Common.Schedules)
            {
                if (!schedule.Enabled || string.IsNullOrWhiteSpace(schedule.Cron))
                    continue;
                var id = $"{connector}:{scheduleId}";
                manager.AddOrUpdate<ConnectorJob>(id, Queue, j => j.RunAsync(connector, scheduleId, null, CancellationToken.None),
                    ScheduleStagger.Apply(schedule.Cron, id, schedule.Spread), new RecurringJobOptions
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
