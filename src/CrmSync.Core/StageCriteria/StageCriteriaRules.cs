namespace CrmSync.Core.StageCriteria;

/// <summary>The rule names (and alert types) of the stage-criteria analyzer; metrics.md §10.3 names in comments.</summary>
public static class StageCriteriaRules
{
    /// <summary>Entry criteria of the current stage not met now (<c>MissingRequiredField</c>, <c>SingleThreaded</c>, …).</summary>
    public const string CriteriaNotMet = "criteria_not_met";

    /// <summary>A forward move whose exit criteria were not met when it happened.</summary>
    public const string ExitCriteriaNotMet = "exit_criteria_not_met";

    /// <summary><c>SkippedStage</c>.</summary>
    public const string SkippedStage = "skipped_stage";

    /// <summary><c>StageRegression</c>.</summary>
    public const string StageRegression = "stage_regression";

    /// <summary><c>CloseDateInPast</c>.</summary>
    public const string CloseDateInPast = "close_date_in_past";

    /// <summary><c>StaleDeal</c>: no logged activity for the stage's going-dark days.</summary>
    public const string GoingDark = "going_dark";

    /// <summary><c>StageTimeExceeded</c>: the open visit is longer than the stage's benchmark.</summary>
    public const string StageTimeExceeded = "stage_time_exceeded";

    public static IReadOnlyList<string> All { get; } =
        [CriteriaNotMet, ExitCriteriaNotMet, SkippedStage, StageRegression, CloseDateInPast, GoingDark, StageTimeExceeded];

    public static bool IsTransition(string rule) => rule is ExitCriteriaNotMet or SkippedStage or StageRegression;

    /// <summary>Rules that make the deal's status a warning rather than a violation.</summary>
    public static bool IsWarning(string rule) => rule is GoingDark or StageTimeExceeded;
}
