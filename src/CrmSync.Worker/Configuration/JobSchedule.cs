namespace CrmSync.Worker.Configuration;

/// <summary>When one job of one connector runs: a 5- or 6-field cron expression in an IANA/Windows time zone.</summary>
public sealed class JobSchedule
{
    /// <summary>The job to run; empty means the schedule's id is the job name (<c>Schedules:pipeline</c>).</summary>
    public string? Job { get; set; }

    /// <summary>Run only these analyzers (by name); empty means every enabled one.</summary>
    public List<string> Analyzers { get; set; } = [];

    public string? Cron { get; set; }

    public string TimeZone { get; set; } = "UTC";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How far after each occurrence of <see cref="Cron"/> this connector's run may be placed, by a fixed offset derived
    /// from its name (<see cref="Jobs.ScheduleStagger"/>), so that many connectors on one cron do not start together.
    /// Zero runs exactly on the cron.
    /// </summary>
    public TimeSpan Spread { get; set; } = DefaultSpread;

    public static readonly TimeSpan DefaultSpread = TimeSpan.FromMinutes(5);

    /// <summary>The offsets stay within the hour of the occurrence.</summary>
    public static readonly TimeSpan MaxSpread = TimeSpan.FromHours(1);

    public string JobFor(string scheduleId) => string.IsNullOrWhiteSpace(Job) ? scheduleId : Job;
}
