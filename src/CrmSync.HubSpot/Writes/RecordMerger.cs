using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Logging;
using CrmSync.HubSpot.Mapping;
using CrmSync.HubSpot.Pull;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Writes;

/// <summary>
/// HubSpot's merge, sent once and never retried. The answer is the merged record, whose id is new on most portals
/// (only portals in HubSpot's primary-id-preservation rollout keep the primary's): it is read from the answer, never
/// assumed (hubspot-api.md §11). Both old ids then resolve to it.
/// </summary>
internal sealed class RecordMerger(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner)
{
    public async Task<CrmRecord> MergeAsync(string objectType, string primaryId, string mergedId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(primaryId);
        ArgumentException.ThrowIfNullOrWhiteSpace(mergedId);
        var map = HubSpotFieldMaps.For(objectType);
        var operation = $"merge {objectType} {mergedId} into {primaryId}";
        var body = new HsMergeRequest { PrimaryObjectId = primaryId, ObjectIdToMerge = mergedId };
        using var response = await runner.SendAsync(
            operation, ct => apis.Get().Objects.Merge(context.ObjectsPrefix, objectType, body, noRetry: true, ct), retryBodyFaults: false, cancellationToken)
            .ConfigureAwait(false);
        if (!response.IsSuccessful)
            throw runner.Reject(operation, (Refit.ApiException)response.Error!);

        var merged = response.Content!;
        if (string.IsNullOrEmpty(merged.Id))
            throw new CrmConnectorException(context.Name, CrmFailureKind.InvalidResponse, $"HubSpot answered {operation} without the merged record's id.");
        HubSpotLog.RecordsMerged(context.Logger, context.Name, objectType, mergedId, primaryId, merged.Id);
        return RecordMapper.Map(map, merged, archived: false, associationTypes: []);
    }
}
