using System.Runtime.CompilerServices;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// Chooses how to pull: the list endpoint for a first pull, a Full reconcile or an interrupted list pull; otherwise an
/// incremental search window that resumes an interrupted window or opens the next one from the stored cursor, followed
/// by an association refresh when <see cref="HubSpotConnectorOptions.AssociationRefreshInterval"/> has passed.
/// </summary>
internal sealed class HubSpotPuller(HubSpotConnectorContext context, ListPuller list, SearchPuller search, AssociationRefresher refresher)
{
    public IAsyncEnumerable<PulledPage> PullAsync(PullRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ObjectType, nameof(request));

        var profile = HubSpotObjectProfile.For(request.ObjectType, context.Options);
        if (request.ObjectType == CrmObjectTypes.Companies && context.Options.CompanyRevenueProperty is { } revenue)
        {
            // The tenant's MRR property, with its history (the MRR at each month end), whatever the request asked.
            profile = profile with { Map = profile.Map.With(CanonicalFields.RecurringAmount, revenue) };
            request = request with
            {
                Properties = [.. request.Properties, CanonicalFields.RecurringAmount],
                HistoryProperties = [.. request.HistoryProperties, CanonicalFields.RecurringAmount],
            };
        }

        var properties = new PullPropertySet(profile, request);
        var cursor = PullCursor.Parse(request.Cursor, request.ObjectType);
        var now = context.Time.GetUtcNow();

        if (cursor is null)
            return list.PullAsync(request.ObjectType, properties, PullCursor.StartList(request.ObjectType, now), cancellationToken);
        if (cursor.IsListInProgress)
            return list.PullAsync(request.ObjectType, properties, cursor, cancellationToken);
        if (request.Mode == PullMode.Full)
            return list.PullAsync(request.ObjectType, properties, PullCursor.StartList(request.ObjectType, now), cancellationToken);
        if (cursor.IsRefreshInProgress)
            return refresher.PullAsync(request.ObjectType, properties, cursor, cancellationToken);
        if (cursor.IsWindowInProgress)
            return IncrementalAsync(profile, properties, cursor, now, cancellationToken);

        // HubSpot's search index lags its writes: a window ending at now could pass over a record written a moment ago
        // that the index does not show yet, and the next window would start after it. Ending IndexLag before now leaves
        // the recent past to the next window, by which time the index has caught up.
        var since = cursor.Since!.Value;
        var until = now - context.Options.IndexLag;
        var window = cursor with { Since = since, Until = until > since ? until : since, LastId = null };
        return IncrementalAsync(profile, properties, window, now, cancellationToken);
    }

    private async IAsyncEnumerable<PulledPage> IncrementalAsync(
        HubSpotObjectProfile profile, PullPropertySet properties, PullCursor window, DateTimeOffset now,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in search.PullAsync(profile, properties, window, cancellationToken).ConfigureAwait(false))
            yield return page;
        if (!RefreshDue(window, properties, now))
            yield break;
        var refresh = window.Completed().StartRefresh(now);
        await foreach (var page in refresher.PullAsync(profile.ObjectType, properties, refresh, cancellationToken).ConfigureAwait(false))
            yield return page;
    }

    private bool RefreshDue(PullCursor window, PullPropertySet properties, DateTimeOffset now)
    {
        var interval = context.Options.AssociationRefreshInterval;
        return properties.Associations.Count > 0 && interval > TimeSpan.Zero
            && (window.AssociationsRefreshedAt is not { } at || now - at >= interval);
    }
}
