using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Logging;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Writes;

/// <summary>HubSpot's merge: the primary survives, the other record is archived into it. Sent once, never retried.</summary>
internal sealed class RecordMerger(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    public async Task MergeAsync(string objectType, string primaryId, string mergedId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(primaryId);
        ArgumentException.ThrowIfNullOrWhiteSpace(mergedId);
        var operation = $"merge {objectType} {mergedId} into {primaryId}";
        var body = new HsMergeRequest { PrimaryObjectId = primaryId, ObjectIdToMerge = mergedId };
        using var response = await runner.SendAsync(
            operation, ct => apis.Get().Objects.Merge(context.ObjectsPrefix, objectType, body, noRetry: true, ct), retryBodyFaults: false, cancellationToken)
            .ConfigureAwait(false);
        if (!response.IsSuccessful)
            throw runner.Fail(operation, (Refit.ApiException)response.Error!);
        HubSpotLog.RecordsMerged(context.Logger, context.Name, objectType, mergedId, primaryId);
    }
}
