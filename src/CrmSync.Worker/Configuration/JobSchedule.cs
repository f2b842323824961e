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

    public string JobFor(string scheduleId) => string.IsNullOrWhiteSpace(Job) ? scheduleId : Job;
}
