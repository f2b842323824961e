using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Http;

namespace CrmSync.Sandbox.Salesforce.Replication;

/// <summary>
/// GET sobjects/{type}/updated and /deleted (salesforce-api.md §4.2–4.3): start/end with seconds ignored, windows of
/// at most 30 / 15 days back, latestDateCovered (≤ end and ≤ now), earliestDateAvailable for deletions, and
/// EXCEEDED_ID_LIMIT above ReplicationIdLimit ids.
/// </summary>
internal static class ReplicationEndpoints
{
    private const long MinuteMs = 60_000, DayMs = 86_400_000;

    public static SalesforceResponse Updated(SalesforceCall call) => Window(call, 30, (table, start, end, org) =>
    {
        var ids = new List<string>();
        foreach (var n in table.Numbers())
        {
            if (!table.IsDeleted(n) && InWindow(table, n, start, end))
            {
                ids.Add(table.IdOf(n));
            }
        }

        return ids.Count > org.Options.ReplicationIdLimit ? Exceeded(ids.Count, org) : SalesforceJson.Response(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("ids");
            ids.ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteString("latestDateCovered", SalesforceTime.Format(SalesforceTime.At(end)));
            w.WriteEndObject();
        });
    });

    public static SalesforceResponse Deleted(SalesforceCall call) => Window(call, 15, (table, start, end, org) =>
    {
        var deleted = new List<(string Id, DateTime At)>();
        foreach (var n in table.Numbers())
        {
            if (table.IsDeleted(n) && InWindow(table, n, start, end))
            {
                deleted.Add((table.IdOf(n), (DateTime)table.Get(n, "SystemModstamp")!));
            }
        }

        return deleted.Count > org.Options.ReplicationIdLimit ? Exceeded(deleted.Count, org) : SalesforceJson.Response(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("deletedRecords");
            foreach (var (id, at) in deleted)
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("deletedDate", SalesforceTime.Format(at));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("earliestDateAvailable", SalesforceTime.Format(SalesforceTime.At(org.Store.DeletionLogStartMs / MinuteMs * MinuteMs)));
            w.WriteString("latestDateCovered", SalesforceTime.Format(SalesforceTime.At(end)));
            w.WriteEndObject();
        });
    });

    private static SalesforceResponse Window(SalesforceCall call, int maxDaysBack, Func<RecordTable, long, long, SalesforceOrgState, SalesforceResponse> answer)
    {
        var org = call.Org;
        if (org.Store.Table(call.Route("type")) is not { } table)
        {
            return SalesforceJson.NotFound();
        }

        if (!SalesforceTime.TryParseDateTime(call.Query("start"), out var startAt) || !SalesforceTime.TryParseDateTime(call.Query("end"), out var endAt))
        {
            return SalesforceJson.Error(400, "MISSING_ARGUMENT", "start and end must be ISO-8601 datetimes, e.g. 2024-07-01T00:00:00+00:00 (URL-encode '+' as %2B)");
        }

        var now = org.Store.NowMs;
        var start = SalesforceTime.Ms(startAt) / MinuteMs * MinuteMs;
        var end = Math.Min(SalesforceTime.Ms(endAt), now) / MinuteMs * MinuteMs;
        if (start >= end)
        {
            return SalesforceJson.Error(400, "INVALID_REPLICATION_DATE", "end date must be after start date (seconds are ignored)");
        }

        if (start < now - (maxDaysBack * DayMs))
        {
            return SalesforceJson.Error(400, "INVALID_REPLICATION_DATE", $"start date must be within the last {maxDaysBack} days");
        }

        return answer(table, start, end, org);
    }

    private static bool InWindow(RecordTable table, int number, long start, long end) =>
        table.Get(number, "SystemModstamp") is DateTime stamp && SalesforceTime.Ms(stamp) is var ms && ms >= start && ms < end;

    private static SalesforceResponse Exceeded(int count, SalesforceOrgState org) =>
        SalesforceJson.Error(400, "EXCEEDED_ID_LIMIT", $"{count} ids in the window exceed the limit of {org.Options.ReplicationIdLimit}: narrow the window");
}
