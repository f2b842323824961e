namespace CrmSync.Sandbox.Properties;

/// <summary>Task enumerations (hubspot-api.md §9, plus HubSpot's in-between statuses) and required fields.</summary>
internal static class TaskRules
{
    public static readonly IReadOnlyList<string> Statuses = ["NOT_STARTED", "IN_PROGRESS", "WAITING", "COMPLETED", "DEFERRED"];

    public static readonly IReadOnlyList<string> Priorities = ["LOW", "MEDIUM", "HIGH"];

    public static readonly IReadOnlyList<string> Types = ["EMAIL", "CALL", "TODO"];

    /// <summary>Properties a create must carry: tasks and notes need their timestamp (due date).</summary>
    public static IReadOnlyList<string> RequiredOnCreate(Objects.ObjectKind kind) =>
        kind is Objects.ObjectKind.Tasks or Objects.ObjectKind.Notes ? ["hs_timestamp"] : [];
}
