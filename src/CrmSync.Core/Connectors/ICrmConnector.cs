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

    /// <summary>Creates one task; never retried blindly (a create is not idempotent). Returns the CRM's task id.</summary>
    Task<string> CreateTaskAsync(AlertTaskRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Merges <paramref name="mergedId"/> into <paramref name="primaryId"/> (the CRM's own merge: it cannot be undone).
    /// Never retried blindly. Only called when a connector explicitly enables auto-merge.
    /// </summary>
    Task MergeAsync(string objectType, string primaryId, string mergedId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, CrmTaskState>> GetTaskStatesAsync(IReadOnlyList<string> taskIds, CancellationToken cancellationToken);
}
