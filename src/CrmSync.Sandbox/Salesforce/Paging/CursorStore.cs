using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Query;

namespace CrmSync.Sandbox.Salesforce.Paging;

/// <summary>Open query locators; one idle for QueryCursorIdleTimeout is gone (INVALID_QUERY_LOCATOR). Callers hold the store lock.</summary>
internal sealed class CursorStore(SalesforceOrgOptions options)
{
    private readonly Dictionary<string, QueryCursor> cursors = new(StringComparer.Ordinal);
    private long issued;

    public int OpenCount => cursors.Count;

    public QueryCursor Open(QueryResult result, int batchSize, long nowMs)
    {
        Sweep(nowMs);
        var cursor = new QueryCursor(SalesforceId.Make("01g", ++issued), result, batchSize, nowMs);
        cursors[cursor.Id] = cursor;
        return cursor;
    }

    public QueryCursor? Find(string id, long nowMs)
    {
        Sweep(nowMs);
        if (!cursors.TryGetValue(id, out var cursor))
        {
            return null;
        }

        cursor.LastUsedMs = nowMs;
        return cursor;
    }

    private void Sweep(long nowMs)
    {
        var idle = (long)options.QueryCursorIdleTimeout.TotalMilliseconds;
        foreach (var stale in cursors.Values.Where(c => nowMs - c.LastUsedMs >= idle).Select(c => c.Id).ToList())
        {
            cursors.Remove(stale);
        }
    }
}
