namespace CrmSync.Worker.Configuration;

/// <summary>Limits for the stage-age alert: days a deal may stay in an open stage.</summary>
public sealed class StageAgeSettings
{
    public int DefaultLimitDays { get; set; } = 30;

    /// <summary>Stage id → limit in days, overriding <see cref="DefaultLimitDays"/>.</summary>
    public Dictionary<string, int> LimitsByStage { get; set; } = [];
}
