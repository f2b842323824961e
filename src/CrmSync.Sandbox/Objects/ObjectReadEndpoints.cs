using CrmSync.Sandbox.Http;

namespace CrmSync.Sandbox.Objects;

/// <summary>GET list and GET by id (hubspot-api.md §3).</summary>
internal static class ObjectReadEndpoints
{
    private const int DefaultLimit = 10;
    private const int MaxLimit = 100;
    private const int MaxLimitWithHistory = 50;

    public static SandboxResponse List(SandboxCall call)
    {
        if (!call.TryTable("type", out var table, out var error) || !call.TryLimit(DefaultLimit, MaxLimit, out var limit, out error))
        {
            return error;
        }

        var projection = Projection(call, table);
        if (projection.History.Count > 0)
        {
            limit = Math.Min(limit, MaxLimitWithHistory);
        }

        var after = call.Query("after");
        var start = table.FirstId;
        if (after is not null && !ListCursor.TryDecode(after, out start))
        {
            return ErrorResponses.Validation($"Invalid 'after' paging cursor: {after}");
        }

        var archived = call.QueryBool("archived");
        var ids = archived ? table.ArchivedIds.Where(id => id >= start).Take(limit + 1).ToList() : Active(table, start, limit + 1);
        return JsonOut.Response(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("results");
            foreach (var id in ids.Take(limit))
            {
                RecordJson.Write(w, call.Store, table, id, projection);
            }

            w.WriteEndArray();
            if (ids.Count > limit)
            {
                var cursor = ListCursor.Encode(ids[limit]);
                w.WriteNextPage(cursor, $"{call.BaseUrl}{call.Path}?after={Uri.EscapeDataString(cursor)}");
            }

            w.WriteEndObject();
        });
    }

    public static SandboxResponse Get(SandboxCall call)
    {
        if (!call.TryTable("type", out var table, out var error))
        {
            return error;
        }

        var id = call.Route("id");
        var idProperty = call.Query("idProperty");
        long key;
        if (idProperty is not null && idProperty != "hs_object_id")
        {
            var definition = call.Store.Properties.Find(table.Type.Kind, idProperty);
            if (definition is not { HasUniqueValue: true })
            {
                return ErrorResponses.Validation($"Property {idProperty} is not a unique identifier property of {table.Type.Name}");
            }

            if (UniqueLookup.Find(table, idProperty, id) is not { } found)
            {
                return ErrorResponses.NotFound(CallExtensions.NotFoundMessage(table.Type, id));
            }

            key = found;
        }
        else if (!table.TryRecord(id, call.QueryBool("archived"), out key))
        {
            return ErrorResponses.NotFound(CallExtensions.NotFoundMessage(table.Type, id));
        }

        return JsonOut.Response(200, w => RecordJson.Write(w, call.Store, table, key, Projection(call, table)));
    }

    private static RecordProjection Projection(SandboxCall call, ObjectTable table) => RecordProjection.Create(
        call.Store.Properties, table.Type, call.QueryList("properties"), call.QueryList("propertiesWithHistory"), call.QueryList("associations"));

    private static List<long> Active(ObjectTable table, long start, int count)
    {
        var ids = new List<long>(count);
        for (var id = Math.Max(start, table.FirstId); id <= table.LastId && ids.Count < count; id++)
        {
            if (table.Exists(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
