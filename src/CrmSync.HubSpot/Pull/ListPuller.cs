using System.Runtime.CompilerServices;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Logging;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// Full pull through the list endpoint (no 10,000 cap): live records, then <c>archived=true</c> so deletions show.
/// Associations ride on the list call, history too (at the lower page size HubSpot allows with history), so a pull
/// without history costs ceil(N/100) calls plus the archived pass. The next page is fetched while the caller stores
/// the current one, so pages run back to back.
/// </summary>
internal sealed class ListPuller(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner, RecordEnricher enricher)
{
    public async IAsyncEnumerable<PulledPage> PullAsync(
        string objectType, PullPropertySet properties, PullCursor cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var prefetch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<ListPage>? pending = FetchAsync(objectType, properties, cursor, prefetch.Token);
        try
        {
            while (pending is not null)
            {
                var page = await pending.ConfigureAwait(false);
                pending = page.Next is { } next ? FetchAsync(objectType, properties, next, prefetch.Token) : null;
                yield return page.Pulled;
            }
        }
        finally
        {
            // The caller stopped early (or failed): drop the page fetched ahead.
            if (pending is not null)
            {
                await prefetch.CancelAsync().ConfigureAwait(false);
                await ((Task)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Fetches the page <paramref name="position"/> points at; its cursor is the position after it.</summary>
    private async Task<ListPage> FetchAsync(string objectType, PullPropertySet properties, PullCursor position, CancellationToken cancellationToken)
    {
        var archived = position.Phase == PullCursor.ArchivedPhase;
        var limit = archived || properties.HistoryCsv is null ? context.Tuning.ListPageSize : context.Tuning.ListPageSizeWithHistory;
        var page = await runner.ReadAsync(
            archived ? $"list archived {objectType}" : $"list {objectType}",
            ct => apis.Get().Objects.List(
                context.ObjectsPrefix, objectType, limit, position.After, properties.PropertiesCsv,
                archived ? null : properties.HistoryCsv,
                archived ? null : properties.AssociationsCsv,
                archived ? "true" : null,
                ct),
            cancellationToken).ConfigureAwait(false);

        PageRecords content;
        if (archived)
        {
            var records = new List<CrmRecord>(page.Results.Count);
            foreach (var result in page.Results)
                records.Add(RecordMapper.Map(properties.Map, result, archived: true, []));
            content = new PageRecords(records, []);
        }
        else
        {
            content = await enricher.CompleteListPageAsync(objectType, page.Results, properties, cancellationToken).ConfigureAwait(false);
        }

        var after = ListPaging.NextAfter(context, page, position.After, objectType);
        PullCursor? next = after is not null ? position with { After = after }
            : archived ? null
            : position with { Phase = PullCursor.ArchivedPhase, After = null };
        var checkpoint = next ?? PullCursor.CompletedList(objectType, position.StartedAt!.Value);
        HubSpotLog.PulledPage(context.Logger, context.Name, content.Records.Count, objectType, archived ? "archived" : "list");
        return new ListPage(content.ToPage(checkpoint), next);
    }

    private sealed record ListPage(PulledPage Pulled, PullCursor? Next);
}
