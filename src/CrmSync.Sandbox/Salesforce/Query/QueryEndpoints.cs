using System.Globalization;
using System.Text.RegularExpressions;
using CrmSync.Sandbox.Salesforce.Http;
using CrmSync.Sandbox.Salesforce.Paging;

namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>
/// GET query, queryAll and query/{locator} (salesforce-api.md §3): totalSize, done, nextRecordsUrl
/// "/services/data/vXX.X/query/{cursorId}-{offset}" while more remain; batchSize from Sforce-Query-Options, clamped to
/// 200..2000 (default 2000). A queryAll cursor continues through /query/ and keeps its deleted rows.
/// </summary>
internal static partial class QueryEndpoints
{
    public static SalesforceResponse Query(SalesforceCall call) => Run(call, includeDeleted: false);

    public static SalesforceResponse QueryAll(SalesforceCall call) => Run(call, includeDeleted: true);

    public static SalesforceResponse More(SalesforceCall call)
    {
        var locator = call.Route("locator");
        var dash = locator.LastIndexOf('-');
        var org = call.Org;
        var offset = 0;
        var cursor = dash > 0 && int.TryParse(locator.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out offset)
            ? org.Cursors.Find(locator[..dash], org.Store.NowMs)
            : null;
        if (cursor is null || offset > cursor.Result.Numbers.Length)
        {
            return SalesforceJson.Error(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
        }

        return Page(call, cursor, offset, BatchSize(call) ?? cursor.BatchSize);
    }

    private static SalesforceResponse Run(SalesforceCall call, bool includeDeleted)
    {
        var soql = call.Query("q");
        if (string.IsNullOrWhiteSpace(soql))
        {
            return SalesforceJson.Error(400, "MALFORMED_QUERY", "A query string has to be specified");
        }

        QueryResult result;
        try
        {
            result = QueryEngine.Run(call.Org.Store, soql, includeDeleted);
        }
        catch (SoqlException error)
        {
            return SalesforceJson.Error(400, error.ErrorCode, error.Describe(soql));
        }

        var batch = BatchSize(call) ?? 2_000;
        if (result.CountOnly || result.Numbers.Length <= batch)
        {
            return Page(call, new QueryCursor("", result, batch, 0), 0, batch);
        }

        return Page(call, call.Org.Cursors.Open(result, batch, call.Org.Store.NowMs), 0, batch);
    }

    private static SalesforceResponse Page(SalesforceCall call, QueryCursor cursor, int offset, int batch)
    {
        var result = cursor.Result;
        var total = result.Numbers.Length;
        var end = result.CountOnly ? 0 : Math.Min(total, offset + batch);
        var store = call.Org.Store;
        return SalesforceJson.Response(200, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("totalSize", total);
            w.WriteBoolean("done", result.CountOnly || end >= total);
            if (!result.CountOnly && end < total)
            {
                w.WriteString("nextRecordsUrl", $"{call.DataPath}/query/{cursor.Id}-{end.ToString(CultureInfo.InvariantCulture)}");
            }

            w.WriteStartArray("records");
            for (var i = offset; i < end; i++)
            {
                RecordRenderer.Write(w, store, result.Table, result.Numbers[i], result.Select, call.DataPath);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Sforce-Query-Options: batchSize=N, clamped to 200..2000; null when absent.</summary>
    private static int? BatchSize(SalesforceCall call) =>
        call.Header("Sforce-Query-Options") is { } header && BatchSizeOption().Match(header) is { Success: true } match
            && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            ? Math.Clamp(size, 200, 2_000)
            : null;

    [GeneratedRegex(@"batchSize\s*=\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex BatchSizeOption();
}
