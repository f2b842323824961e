using CrmSync.Sandbox.Salesforce.Query;

namespace CrmSync.Sandbox.Salesforce.Paging;

/// <summary>A query locator: the result snapshot (record numbers; values are read when a page is served) and when it was last used.</summary>
internal sealed class QueryCursor(string id, QueryResult result, int batchSize, long nowMs)
{
    public string Id { get; } = id;

    public QueryResult Result { get; } = result;

    public int BatchSize { get; } = batchSize;

    public long LastUsedMs { get; set; } = nowMs;
}
