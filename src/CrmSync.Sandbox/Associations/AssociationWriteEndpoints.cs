using System.Globalization;
using System.Text.Json;
using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Objects;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Associations;

/// <summary>v4 writes: PUT default association, PUT labelled association, DELETE all associations of a pair.</summary>
internal static class AssociationWriteEndpoints
{
    public static SandboxResponse PutDefault(SandboxCall call)
    {
        if (Pair(call, out var from, out var fromId, out var to, out var toId) is { } error)
        {
            return error;
        }

        if (AssociationTypes.Default(from.Type.Kind, to.Type.Kind) is not { } type)
        {
            return ErrorResponses.Validation($"No default association exists from {from.Type.Name} to {to.Type.Name}");
        }

        call.Store.Associations.Add(type, fromId, toId);
        var now = SeedTime.Iso(call.NowMs);
        return JsonOut.Response(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("status", "COMPLETE");
            w.WriteStartArray("results");
            w.WriteStartObject();
            WriteId(w, "from", fromId);
            WriteId(w, "to", toId);
            w.WriteStartObject("associationSpec");
            w.WriteString("associationCategory", AssociationType.Category);
            w.WriteNumber("associationTypeId", type.TypeId);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteString("startedAt", now);
            w.WriteString("completedAt", now);
            w.WriteEndObject();
        });
    }

    /// <summary>Body: [{associationCategory, associationTypeId}]; every type id must belong to the pair.</summary>
    public static SandboxResponse PutLabelled(SandboxCall call)
    {
        if (Pair(call, out var from, out var fromId, out var to, out var toId) is { } error)
        {
            return error;
        }

        if (call.Body is not { ValueKind: JsonValueKind.Array } specs || specs.GetArrayLength() == 0)
        {
            return ErrorResponses.Validation("Invalid input: the body must be a non-empty array of {associationCategory, associationTypeId}");
        }

        var types = new List<AssociationType>();
        foreach (var spec in specs.EnumerateArray())
        {
            var typeId = spec.GetProperty("associationTypeId").GetInt32();
            if (AssociationTypes.Find(from.Type.Kind, typeId) is not { } type || type.To != to.Type.Kind)
            {
                return ErrorResponses.Validation($"associationTypeId {typeId} is not valid from {from.Type.Name} to {to.Type.Name}");
            }

            types.Add(type);
        }

        types.ForEach(t => call.Store.Associations.Add(t, fromId, toId));
        return JsonOut.Response(201, w =>
        {
            w.WriteStartObject();
            w.WriteString("fromObjectTypeId", from.Type.TypeId);
            w.WriteNumber("fromObjectId", fromId);
            w.WriteString("toObjectTypeId", to.Type.TypeId);
            w.WriteNumber("toObjectId", toId);
            w.WriteStringArray("labels", types.Select(t => t.Label).OfType<string>());
            w.WriteEndObject();
        });
    }

    public static SandboxResponse Delete(SandboxCall call)
    {
        if (Pair(call, out var from, out var fromId, out var to, out var toId) is { } error)
        {
            return error;
        }

        call.Store.Associations.RemoveAll(from.Type.Kind, fromId, to.Type.Kind, toId);
        return SandboxResponse.NoContent;
    }

    private static SandboxResponse? Pair(SandboxCall call, out ObjectTable from, out long fromId, out ObjectTable to, out long toId)
    {
        fromId = toId = 0;
        from = to = call.Store.Table(ObjectKind.Contacts);
        if (!call.TryTable("fromType", out var fromTable, out var error) || !call.TryTable("toType", out var toTable, out error))
        {
            return error;
        }

        (from, to) = (fromTable, toTable);
        foreach (var (table, routeValue) in new[] { (fromTable, "fromId"), (toTable, "toId") })
        {
            if (!table.TryRecord(call.Route(routeValue), archived: false, out _))
            {
                return ErrorResponses.NotFound(CallExtensions.NotFoundMessage(table.Type, call.Route(routeValue)));
            }
        }

        fromTable.TryParseId(call.Route("fromId"), out fromId);
        toTable.TryParseId(call.Route("toId"), out toId);
        return null;
    }

    private static void WriteId(Utf8JsonWriter w, string name, long id)
    {
        w.WriteStartObject(name);
        w.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }
}
