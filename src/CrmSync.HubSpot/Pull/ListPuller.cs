using System.Runtime.CompilerServices;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Logging;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// Full pull through the list endpoint (no 10,000 cap): live records, then <c>archived=true</c> so deletions show.
/// Pages follow each other back to back; associations ride on the list call, history too (at the lower page size
/// HubSpot allows with history), so a pull without history costs ceil(N/100) calls plus the archived pass.
/// </summary>
internal sealed class ListPuller(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner, RecordEnricher enricher)
{
    public async IAsyncEnumerable<PulledPage> PullAsync(
        string objectType, PullPropertySet properties, PullCursor cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var startedAt = cursor.StartedAt!.Value;
        var after = cursor.After;
        if (cursor.Phase == PullCursor.LivePhase)
        {
            var limit = properties.HistoryCsv is null ? context.Tuning.ListPageSize : context.Tuning.ListPageSizeWithHistory;
            do
            {
                var page = await ListAsync(objectType, limit, after, properties, archived: false, cancellationToken).ConfigureAwait(false);
                var records = await enricher.CompleteListPageAsync(objectType, page.Results, properties, cancellationToken).ConfigureAwait(false);
                after = NextAfter(page, after, objectType);
                var next = after is null
                    ? cursor with { Phase = PullCursor.ArchivedPhase, After = null }
                    : cursor with { After = after };
                HubSpotLog.PulledPage(context.Logger, context.Name, records.Count, objectType, "list");
                yield return new PulledPage(records, next.Serialize());
            }
            while (after is not null);
        }

        do
        {
            var page = await ListAsync(objectType, context.Tuning.ListPageSize, after, properties, archived: true, cancellationToken).ConfigureAwait(false);
            var records = new List<CrmRecord>(page.Results.Count);
            foreach (var result in page.Results)
                records.Add(RecordMapper.Map(objectType, result, archived: true, []));
            after = NextAfter(page, after, objectType);
            var next = after is null
                ? PullCursor.CompletedWindow(objectType, startedAt)
                : cursor with { Phase = PullCursor.ArchivedPhase, After = after };
            HubSpotLog.PulledPage(context.Logger, context.Name, records.Count, objectType, "archived");
            yield return new PulledPage(records, next.Serialize());
        }
        while (after is not null);
    }

    private Task<HsObjectPage> ListAsync(
        string objectType, int limit, string? after, PullPropertySet properties, bool archived, CancellationToken cancellationToken) =>
        runner.ReadAsync(
            archived ? $"list archived {objectType}" : $"list {objectType}",
            ct => apis.Get().Objects.List(
                context.ObjectsPrefix,
                objectType,
                limit,
                after,
                properties.PropertiesCsv,
                archived ? null : properties.HistoryCsv,
                archived ? null : properties.AssociationsCsv,
                archived ? "true" : null,
                ct),
            cancellationToken);

    /// <summary>The next page's cursor; a server repeating the same cursor would loop forever, so that stops the pull.</summary>
    private string? NextAfter(HsObjectPage page, string? previous, string objectType)
    {
        var next = page.Paging?.Next?.After;
        if (next is not null && next == previous)
        {
            throw new CrmConnectorException(context.Name, CrmFailureKind.InvalidResponse,
                $"HubSpot returned the same paging cursor '{next}' twice while listing {objectType}.");
        }

        return string.IsNullOrEmpty(next) ? null : next;
    }
}
