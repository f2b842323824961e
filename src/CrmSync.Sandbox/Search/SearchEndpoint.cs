using System.Globalization;
using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Search;

/// <summary>POST {type}/search: total, offset paging, no associations or history in results (hubspot-api.md §4).</summary>
internal sealed class SearchEndpoint
{
    private readonly SearchEngine engine = new();

    public SandboxResponse Search(SandboxCall call)
    {
        if (!call.TryTable("type", out var table, out var error))
        {
            return error;
        }

        var request = SearchRequestParser.Parse(call.Body, call.Store.Properties, table.Type, out error);
        if (request is null)
        {
            return error!;
        }

        var matches = engine.Match(call.Store, table, request);
        var projection = RecordProjection.Create(call.Store.Properties, table.Type, request.Properties, [], []);
        var end = Math.Min(matches.Length, request.Offset + request.Limit);
        return JsonOut.Response(200, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("total", matches.Length);
            w.WriteStartArray("results");
            for (var i = request.Offset; i < end; i++)
            {
                RecordJson.Write(w, call.Store, table, matches[i], projection);
            }

            w.WriteEndArray();
            if (request.Limit > 0 && end < matches.Length)
            {
                w.WriteNextPage(end.ToString(CultureInfo.InvariantCulture));
            }

            w.WriteEndObject();
        });
    }
}
