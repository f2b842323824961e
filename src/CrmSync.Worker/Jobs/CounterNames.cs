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
    public const string RecordsAliased = "records_aliased";
    public const string RecordsMerged = "records_merged";
    public const string ApiCalls = "api_calls";
    public const string RateLimited = "rate_limited_429";
    public const string Retries = "retries";
}
