namespace CrmSync.Worker.Configuration;

/// <summary>When one job of one connector runs: a 5- or 6-field cron expression in an IANA/Windows time zone.</summary>
public sealed class JobSchedule
{
    public string? Cron { get; set; }

    public string TimeZone { get; set; } = "UTC";

    public bool Enabled { get; set; } = true;
}
