using System.Runtime.CompilerServices;
using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Logging;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// Re-reads every live record's associations, because HubSpot leaves a record's modified date alone when only an
/// association changes (a contact moved to another company is invisible to the incremental search). The list
/// endpoint carries ids and associations in one call per 100 records (no property but the id and the merged ids);
/// lists it cuts short are completed through the v4 batch read. Pages carry <see cref="PulledPage.Associations"/>
/// and no records, so the stored properties stay as they are.
/// </summary>
internal sealed class AssociationRefresher(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner, RecordEnricher enricher)
{
    private static readonly string RefreshProperties = $"{HubSpotObjectProfile.ObjectIdProperty},{HubSpotObjectProfile.MergedIdsProperty}";

    /// <param name="position">A refresh in progress (<see cref="PullCursor.IsRefreshInProgress"/>): its start and list cursor.</param>
    public async IAsyncEnumerable<PulledPage> PullAsync(
        string objectType, PullPropertySet properties, PullCursor position, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var operation = $"list {objectType} associations";
        while (true)
        {
            var after = position.After;
            var page = await runner.ReadAsync(
                operation,
                ct => apis.Get().Objects.List(
                    context.ObjectsPrefix, objectType, context.Tuning.ListPageSize, after, RefreshProperties, null, properties.AssociationsCsv, null, ct),
                cancellationToken).ConfigureAwait(false);
            var associations = await enricher.ReadListedAssociationsAsync(objectType, page.Results, properties, cancellationToken).ConfigureAwait(false);

            var next = ListPaging.NextAfter(context, page, after, objectType);
            position = next is null ? position.CompletedRefresh() : position with { After = next };
            HubSpotLog.PulledPage(context.Logger, context.Name, associations.Count, objectType, "associations");
            yield return new PulledPage([], position.Serialize()) { Associations = associations, GoneIds = MergedIds.Gone(page.Results) };
            if (next is null)
                yield break;
        }
    }
}
