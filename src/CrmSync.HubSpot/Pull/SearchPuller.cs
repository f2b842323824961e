using System.Globalization;
using System.Runtime.CompilerServices;
using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Logging;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// Incremental pull: search on the modified timestamp in [since − lookback, until), ordered by hs_object_id, always
/// from <c>after=0</c> with <c>hs_object_id GT lastId</c> (keyset paging). Offsets never grow, so the 10,000-result
/// cap of one query never applies, and a record leaving the window mid-pull (modified again) cannot shift the offsets
/// of the rest. The search asks for the modified date only, so its body stays far below HubSpot's 3,000-character
/// limit however many properties the pull needs (every stage-entered date of 20 pipelines would not fit); the records,
/// their history and associations are then batch-read per page.
/// </summary>
internal sealed class SearchPuller(HubSpotConnectorContext context, HubSpotApiProvider apis, HubSpotCallRunner runner, RecordEnricher enricher)
{
    public async IAsyncEnumerable<PulledPage> PullAsync(
        HubSpotObjectProfile profile, PullPropertySet properties, PullCursor window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var objectType = profile.ObjectType;
        var since = window.Since!.Value;
        var until = window.Until!.Value;
        var from = since - context.Options.Lookback;
        var lastId = window.LastId ?? "0";
        HubSpotLog.SearchWindow(context.Logger, context.Name, objectType, from, until, window.LastId);

        while (true)
        {
            var request = BuildRequest(profile, from, until, lastId);
            var page = await runner.ReadAsync(
                $"search {objectType}", ct => apis.Get().Objects.Search(context.ObjectsPrefix, objectType, request, ct), cancellationToken)
                .ConfigureAwait(false);

            var done = page.Results.Count == 0 || page.Paging?.Next is null;
            var content = page.Results.Count == 0
                ? new PageRecords([], [])
                : await enricher.ReadSearchPageAsync(objectType, page.Results.Select(r => r.Id).ToArray(), properties, cancellationToken)
                    .ConfigureAwait(false);
            if (page.Results.Count > 0)
                lastId = NextLowerBound(page.Results, lastId, objectType);

            var next = done ? window.Completed() : window with { LastId = lastId };
            HubSpotLog.PulledPage(context.Logger, context.Name, content.Records.Count, objectType, "search");
            yield return content.ToPage(next);
            if (done)
                yield break;
        }
    }

    private HsSearchRequest BuildRequest(HubSpotObjectProfile profile, DateTimeOffset from, DateTimeOffset until, string lastId) =>
        new()
        {
            FilterGroups =
            [
                new HsFilterGroup
                {
                    Filters =
                    [
                        new HsFilter { PropertyName = profile.ModifiedProperty, Operator = "GTE", Value = EpochMs(from) },
                        new HsFilter { PropertyName = profile.ModifiedProperty, Operator = "LT", Value = EpochMs(until) },
                        new HsFilter { PropertyName = HubSpotObjectProfile.ObjectIdProperty, Operator = "GT", Value = lastId },
                    ],
                },
            ],
            Sorts = [new HsSort { PropertyName = HubSpotObjectProfile.ObjectIdProperty, Direction = "ASCENDING" }],
            Properties = [profile.ModifiedProperty],
            Limit = context.Tuning.SearchPageSize,
            After = "0",
        };

    /// <summary>The page's highest id; it must move forward or the keyset loop would never end.</summary>
    private string NextLowerBound(List<HsObject> results, string previous, string objectType)
    {
        var highest = results.Max(r => ParseId(r.Id, objectType));
        if (highest <= ParseId(previous, objectType))
        {
            throw new CrmConnectorException(context.Name, CrmFailureKind.InvalidResponse,
                $"HubSpot search for {objectType} returned ids not above {previous} despite the hs_object_id GT filter.");
        }

        return highest.ToString(CultureInfo.InvariantCulture);
    }

    private long ParseId(string id, string objectType) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CrmConnectorException(context.Name, CrmFailureKind.InvalidResponse,
                $"HubSpot returned a non-numeric {objectType} id '{id}'; incremental paging needs numeric hs_object_id values.");

    private static string EpochMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
