using CrmSync.Core.Alerts;
using CrmSync.Core.Records;
using CrmSync.Core.WriteBack;

namespace CrmSync.Storage;

/// <summary>
/// CrmSync's own state per connector: pulled records, pull cursors, what was last written, alert state, run history.
/// Two implementations (SQLite, PostgreSQL) pass the same contract tests.
/// </summary>
public interface IRecordStore
{
    /// <summary>Creates the schema when missing; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>True when the store answers a trivial query (readiness).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);

    Task UpsertRecordsAsync(string connector, IReadOnlyList<CrmRecord> records, CancellationToken cancellationToken);

    /// <summary>Records of one type, live only unless <paramref name="includeArchived"/>.</summary>
    IAsyncEnumerable<CrmRecord> ReadRecordsAsync(string connector, string objectType, bool includeArchived, CancellationToken cancellationToken);

    Task<CrmRecord?> GetRecordAsync(string connector, string objectType, string id, CancellationToken cancellationToken);

    Task<int> CountRecordsAsync(string connector, string objectType, CancellationToken cancellationToken);

    /// <summary>Marks every live record of the type whose id is not in <paramref name="liveIds"/> archived (full reconcile).</summary>
    Task<int> ArchiveMissingAsync(string connector, string objectType, IReadOnlySet<string> liveIds, CancellationToken cancellationToken);

    Task<string?> GetCursorAsync(string connector, string objectType, CancellationToken cancellationToken);

    Task SetCursorAsync(string connector, string objectType, string cursor, CancellationToken cancellationToken);

    /// <summary>Small JSON documents per connector, e.g. "owners" and "pipelines:deals".</summary>
    Task<string?> GetDocumentAsync(string connector, string key, CancellationToken cancellationToken);

    Task SetDocumentAsync(string connector, string key, string json, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, WrittenState>> GetWrittenAsync(string connector, string objectType, CancellationToken cancellationToken);

    Task SaveWrittenAsync(string connector, IReadOnlyList<WrittenState> states, CancellationToken cancellationToken);

    Task<IReadOnlyList<AlertState>> GetAlertsAsync(string connector, CancellationToken cancellationToken);

    Task SaveAlertAsync(string connector, AlertState alert, CancellationToken cancellationToken);

    /// <summary>Saves many alert states at once (a run's held alerts); a store may do it in one transaction.</summary>
    async Task SaveAlertsAsync(string connector, IReadOnlyList<AlertState> alerts, CancellationToken cancellationToken)
    {
        foreach (var alert in alerts)
            await SaveAlertAsync(connector, alert, cancellationToken);
    }

    Task<long> StartRunAsync(RunStart run, CancellationToken cancellationToken);

    Task CompleteRunAsync(long runId, RunCompletion completion, CancellationToken cancellationToken);

    Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? connector, int limit, CancellationToken cancellationToken);

    /// <summary>Per-record errors of one run.</summary>
    Task<IReadOnlyList<RunRecordError>> GetRunErrorsAsync(long runId, CancellationToken cancellationToken);
}
