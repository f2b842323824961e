using CrmSync.Core.Connectors;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// Chooses how to pull: the list endpoint for a first pull, a Full reconcile or an interrupted list pull; otherwise an
/// incremental search window that resumes an interrupted window or opens the next one from the stored cursor.
/// </summary>
internal sealed class HubSpotPuller(HubSpotConnectorContext context, ListPuller list, SearchPuller search)
{
    public IAsyncEnumerable<PulledPage> PullAsync(PullRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ObjectType, nameof(request));

        var profile = HubSpotObjectProfile.For(request.ObjectType);
        var properties = new PullPropertySet(profile, request);
        var cursor = PullCursor.Parse(request.Cursor, request.ObjectType);
        var now = context.Time.GetUtcNow();

        if (cursor is null)
            return list.PullAsync(request.ObjectType, properties, PullCursor.StartList(request.ObjectType, now), cancellationToken);
        if (cursor.IsListInProgress)
            return list.PullAsync(request.ObjectType, properties, cursor, cancellationToken);
        if (request.Mode == PullMode.Full)
            return list.PullAsync(request.ObjectType, properties, PullCursor.StartList(request.ObjectType, now), cancellationToken);
        if (cursor.IsWindowInProgress)
            return search.PullAsync(profile, properties, cursor, cancellationToken);

        var since = cursor.Since!.Value;
        var window = cursor with { Since = since, Until = now > since ? now : since, LastId = null };
        return search.PullAsync(profile, properties, window, cancellationToken);
    }
}
