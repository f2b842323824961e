using CrmSync.Core.Records;

namespace CrmSync.Core.Connectors;

/// <summary>
/// One configured CRM account. Knows the CRM's API and nothing of analyzers. Every method flows cancellation into
/// every call. Failures that must stop a job throw <see cref="CrmConnectorException"/>.
/// </summary>
public interface ICrmConnector
{
    string Name { get; }

    ApiCallStats Stats { get; }

    IAsyncEnumerable<PulledPage> PullAsync(PullRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<CrmOwner>> GetOwnersAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<CrmPipeline>> GetPipelinesAsync(string objectType, CancellationToken cancellationToken);

    /// <summary>Creates CrmSync's property group and any missing property; idempotent.</summary>
    Task EnsurePropertiesAsync(IReadOnlyList<ComputedPropertyDefinition> definitions, CancellationToken cancellationToken);

    /// <summary>Writes values in batches; per-record failures are returned, not thrown.</summary>
    Task<WriteOutcome> UpdateAsync(string objectType, IReadOnlyList<RecordUpdate> updates, CancellationToken cancellationToken);

    /// <summary>
    /// Creates one task carrying <see cref="AlertTaskRequest.Key"/> so that <see cref="FindTasksByAlertKeyAsync"/>
    /// finds it; never retried blindly (a create is not idempotent). Returns the CRM's task id. Throws
    /// <see cref="CrmRejectedException"/> when the CRM refused it (nothing was created); any other failure leaves it
    /// unknown whether the task exists.
    /// </summary>
    Task<string> CreateTaskAsync(AlertTaskRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Tasks (not deleted) that carry one of <paramref name="alertKeys"/>, through the CRM's search: a task created less
    /// than <see cref="SearchIndexLag"/> ago may be missing. A key may have several tasks (made before CrmSync recorded
    /// intents); a key with none is absent.
    /// </summary>
    Task<IReadOnlyList<FoundTask>> FindTasksByAlertKeyAsync(IReadOnlyList<string> alertKeys, CancellationToken cancellationToken);

    /// <summary>How long a record written a moment ago may stay missing from the CRM's search (eventual consistency).</summary>
    TimeSpan SearchIndexLag { get; }

    /// <summary>
    /// Merges <paramref name="mergedId"/> into <paramref name="primaryId"/> (the CRM's own merge: it cannot be undone).
    /// Never retried blindly. Only called when a connector explicitly enables auto-merge. Returns the record the merge
    /// produced as the CRM answered it (properties only): its id may be new, neither of the two sent.
    /// </summary>
    Task<CrmRecord> MergeAsync(string objectType, string primaryId, string mergedId, CancellationToken cancellationToken);

    /// <summary>
    /// Rewrites the subject and body of a task CrmSync created (a digest updated in place while open); each connector
    /// maps them to its task's own fields (docs/connectors). Idempotent. Throws
    /// <see cref="CrmRejectedException"/> when the CRM refused it (e.g. the task was deleted).
    /// </summary>
    Task UpdateTaskTextAsync(string taskId, string subject, string body, CancellationToken cancellationToken);

    /// <summary>A link to the record's page in the CRM for people (digest tasks), or null when the connector cannot tell.</summary>
    Task<string?> RecordLinkAsync(string objectType, string recordId, CancellationToken cancellationToken);

    /// <summary>
    /// Task states by id; a task the owner completed is <see cref="CrmTaskState.Completed"/>, one the owner deferred
    /// <see cref="CrmTaskState.Deferred"/>, a deleted one (or an id the CRM does not return) <see cref="CrmTaskState.Gone"/>.
    /// </summary>
    Task<IReadOnlyDictionary<string, CrmTaskState>> GetTaskStatesAsync(IReadOnlyList<string> taskIds, CancellationToken cancellationToken);

    /// <summary>
    /// Closes out a task CrmSync created once its alert's condition cleared: appends <paramref name="note"/> to the
    /// task's body (once: a note already there is not added again) and, when <paramref name="markCompleted"/>, marks it
    /// completed the CRM's way. Idempotent, so it may be retried. A task deleted meanwhile is not an error.
    /// </summary>
    /// <exception cref="NotSupportedException">The connector cannot change tasks (the default).</exception>
    Task CompleteTaskAsync(string taskId, string note, bool markCompleted, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"Connector '{Name}' cannot complete tasks.");
}
