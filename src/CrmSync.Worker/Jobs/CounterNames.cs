namespace CrmSync.Worker.Jobs;

/// <summary>Names of the counts kept per run (run history, CLI summaries, docs/run-history.md).</summary>
public static class CounterNames
{
    public static string Pulled(string objectType) => $"pulled.{objectType}";
    public static string Archived(string objectType) => $"archived.{objectType}";
    public static string AssociationsRefreshed(string objectType) => $"associations_refreshed.{objectType}";

    public const string ValuesComputed = "values_computed";
    public const string AlertCandidates = "alert_candidates";
    public const string RecordsWritten = "records_written";
    public const string ValuesWritten = "values_written";
    public const string WriteCalls = "write_calls";
    public const string WriteFailures = "write_failures";
    public const string AlertsCreated = "alerts_created";
    public const string AlertsResolved = "alerts_resolved";
    public const string AlertFailures = "alert_failures";
    public const string AlertsPending = "alerts_pending";
    public const string AlertsRecovered = "alerts_recovered";

    /// <summary>Tasks CrmSync completed (or noted) because their alert cleared.</summary>
    public const string TasksCompleted = "tasks_completed";
    /// <summary>Alerts that wait for a later run because a budget (per run, per owner per day, open per owner) had no room.</summary>
    public const string AlertsDeferredByBudget = "alerts_deferred_budget";

    /// <summary>Alerts held as a backlog: their condition held when CrmSync first evaluated their type (Alerts:Backlog = Hold).</summary>
    public const string AlertsBacklog = "alerts_backlog";

    /// <summary>Alerts waiting out the snooze after their owner completed or deferred a task for the same rule and record.</summary>
    public const string AlertsSnoozed = "alerts_snoozed";

    /// <summary>Alerts listed in an owner's digest task instead of a task of their own.</summary>
    public const string AlertsInDigest = "alerts_in_digest";

    /// <summary>Open alerts whose task the owner completed or deferred, first seen this run.</summary>
    public const string AlertsAcknowledged = "alerts_acknowledged";

    public const string DigestTasksCreated = "digest_tasks_created";
    public const string DigestTasksUpdated = "digest_tasks_updated";
    public const string RecordsAliased = "records_aliased";
    public const string RecordsMerged = "records_merged";
    public const string ApiCalls = "api_calls";
    public const string RateLimited = "rate_limited_429";
    public const string Retries = "retries";
}
