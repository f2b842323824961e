using System.Runtime.CompilerServices;
using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Logging;
using CrmSync.Salesforce.Mapping;
using CrmSync.Salesforce.Properties;
using CrmSync.Salesforce.Wire;
using static CrmSync.Salesforce.Soql.Soql;

namespace CrmSync.Salesforce.Pull;

/// <summary>
/// Pulls one object type page by page, a checkpoint after each (a crash resumes from the last saved page):
/// <list type="bullet">
/// <item>full (first pull, <see cref="PullMode.Full"/>, or an interrupted full pull): queryAll ordered by Id, so the
/// Recycle Bin's rows come back archived and a resume continues above the last id;</item>
/// <item>incremental: queryAll of <c>SystemModstamp &gt; since − Lookback</c> ordered by SystemModstamp, Id; deleted
/// rows are reported gone, then the associations of records whose contact roles changed in the window are reported
/// (<see cref="ContactRoleRefresher"/>), then getDeleted adds deletions already purged from the Recycle Bin (when the
/// window is within its 15 days).</item>
/// </list>
/// SOQL reads its own writes (no search index), so a window may end at "now".
/// </summary>
internal sealed class SalesforcePuller(
    SalesforceConnectorContext context, QueryPager pager, PageEnricher enricher, FieldCatalog catalog, DeletedReader deleted, ContactRoleRefresher roles)
{
    public async IAsyncEnumerable<PulledPage> PullAsync(PullRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ObjectType, nameof(request));
        var map = SalesforceObjectMaps.For(request.ObjectType, context.Options);
        var fields = new PullFieldSet(map, request, context.Options);
        var cursor = PullCursor.Parse(request.Cursor, request.ObjectType);
        fields.Restrict(await catalog.GetAsync(map.SObject, cancellationToken).ConfigureAwait(false));
        var now = context.Time.GetUtcNow();

        var position = cursor is null || (request.Mode == PullMode.Full && !cursor.IsFull) ? PullCursor.StartFull(request.ObjectType, now) : cursor;
        while (true)
        {
            var pages = position.IsFull ? FullAsync(fields, position, cancellationToken) : IncrementalAsync(fields, position, now, cancellationToken);
            var enumerator = pages.GetAsyncEnumerator(cancellationToken);
            var expired = false;
            try
            {
                while (true)
                {
                    try
                    {
                        if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                            break;
                    }
                    catch (QueryLocatorExpiredException)
                    {
                        // Salesforce dropped the cursor (idle too long): query again from the last checkpoint.
                        expired = true;
                        break;
                    }

                    position = PullCursor.Parse(enumerator.Current.Cursor, request.ObjectType)!;
                    yield return enumerator.Current;
                }
            }
            finally
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }

            if (!expired)
                yield break;
        }
    }

    private async IAsyncEnumerable<PulledPage> FullAsync(PullFieldSet fields, PullCursor position, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var map = fields.Map;
        var where = position.LastId is { } lastId ? $" WHERE Id > {Id(lastId)}" : "";
        var soql = $"SELECT {fields.SelectList} FROM {Identifier(map.SObject)}{where} ORDER BY Id";
        var emitted = false;
        await foreach (var page in pager.RunAsync(soql, includeDeleted: true, map.SObject, cancellationToken).ConfigureAwait(false))
        {
            var records = await enricher.MapAsync(fields, page.Records, consecutive: true, cancellationToken).ConfigureAwait(false);
            var next = page.Done || page.NextRecordsUrl is null
                ? PullCursor.Window(map.ObjectType, position.StartedAt!.Value)
                : position with { LastId = page.Records.Count > 0 ? page.Records[^1].Id : position.LastId };
            position = next.IsFull ? next : position;
            SalesforceLog.PulledPage(context.Logger, context.Name, records.Count, map.ObjectType, "full", 0);
            emitted = true;
            yield return new PulledPage(records, next.Serialize());
        }

        if (!emitted)
            yield return new PulledPage([], PullCursor.Window(map.ObjectType, position.StartedAt!.Value).Serialize());
    }

    private async IAsyncEnumerable<PulledPage> IncrementalAsync(
        PullFieldSet fields, PullCursor window, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var map = fields.Map;
        var from = window.Since!.Value - context.Options.Lookback;
        var where = $"SystemModstamp > {DateTime(from)}" + (window.LastStamp is { } resume ? $" AND SystemModstamp >= {DateTime(resume)}" : "");
        var soql = $"SELECT {fields.SelectList} FROM {Identifier(map.SObject)} WHERE {where} ORDER BY SystemModstamp, Id";
        var checkpoint = window;
        await foreach (var page in pager.RunAsync(soql, includeDeleted: true, map.SObject, cancellationToken).ConfigureAwait(false))
        {
            var live = page.Records.Where(r => !RecordMapper.IsGone(r)).ToList();
            var gone = page.Records.Where(RecordMapper.IsGone).Select(r => r.Id).ToList();
            var records = await enricher.MapAsync(fields, live, consecutive: false, cancellationToken).ConfigureAwait(false);
            var stamps = page.Records.Select(r => SalesforceDates.Parse(r.Get("SystemModstamp"))).OfType<DateTimeOffset>().ToList();
            if (stamps.Count > 0)
            {
                var newest = stamps.Max();
                window = window with { LastStamp = newest, MaxStamp = window.MaxStamp is { } max && max > newest ? max : newest };
            }

            SalesforceLog.PulledPage(context.Logger, context.Name, records.Count, map.ObjectType, "incremental", gone.Count);
            checkpoint = page.Done ? window with { LastStamp = window.LastStamp ?? window.Since } : window;
            yield return new PulledPage(records, checkpoint.Serialize()) { GoneIds = gone };
        }

        await foreach (var page in roles.PullAsync(fields, from, checkpoint.Serialize(), cancellationToken).ConfigureAwait(false))
            yield return page;

        // The Recycle Bin forgets deletions once emptied; getDeleted still lists them (15 days back).
        var purged = await deleted.ReadAsync(map, from, now, cancellationToken).ConfigureAwait(false);
        yield return new PulledPage([], window.Completed().Serialize()) { GoneIds = purged };
    }
}
