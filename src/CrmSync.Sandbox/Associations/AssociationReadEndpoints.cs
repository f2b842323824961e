using System.Globalization;
using CrmSync.Sandbox.Batch;
using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Associations;

/// <summary>v4 reads: one record's associations (paged), batch read, and the labels of a type pair.</summary>
internal static class AssociationReadEndpoints
{
    public static SandboxResponse ForRecord(SandboxCall call)
    {
        if (!call.TryTable("fromType", out var from, out var error) || !call.TryTable("toType", out var to, out error)
            || !call.TryLimit(500, 500, out var limit, out error))
        {
            return error;
        }

        var id = call.Route("id");
        if (!from.TryRecord(id, archived: false, out var key))
        {
            return ErrorResponses.NotFound(CallExtensions.NotFoundMessage(from.Type, id));
        }

        var offset = 0L;
        if (call.Query("after") is { } after && !ListCursor.TryDecode(after, out offset))
        {
            return ErrorResponses.Validation($"Invalid 'after' paging cursor: {after}");
        }

        var links = call.Store.Associations.Get(from.Type.Kind, key, to.Type.Kind);
        var page = links.Skip((int)offset).Take(limit).ToList();
        var asNumbers = call.Store.Options.AssociationIdsAsNumbers;
        return JsonOut.Response(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("results");
            foreach (var link in page)
            {
                AssociationJson.WriteLink(w, link, t => AssociationTypes.Find(from.Type.Kind, t), asNumbers);
            }

            w.WriteEndArray();
            if (offset + limit < links.Count)
            {
                var cursor = ListCursor.Encode(offset + limit);
                w.WriteNextPage(cursor, $"{call.BaseUrl}{call.Path}?after={Uri.EscapeDataString(cursor)}");
            }

            w.WriteEndObject();
        });
    }

    /// <summary>Records without associations are left out of results; unknown ids give a 207 error entry.</summary>
    public static SandboxResponse BatchRead(SandboxCall call)
    {
        if (!call.TryTable("fromType", out var from, out var error) || !call.TryTable("toType", out var to, out error))
        {
            return error;
        }

        var inputs = BatchInputs.Read(call.Body, out error);
        if (inputs is null)
        {
            return error!;
        }

        var started = call.NowMs;
        var found = new List<(string Id, IReadOnlyList<AssociationLink> Links)>();
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            var id = BatchInputs.Id(input) ?? "";
            if (!from.TryRecord(id, archived: false, out var key))
            {
                missing.Add(id);
            }
            else if (call.Store.Associations.Get(from.Type.Kind, key, to.Type.Kind) is { Count: > 0 } links)
            {
                found.Add((key.ToString(CultureInfo.InvariantCulture), links));
            }
        }

        var asNumbers = call.Store.Options.AssociationIdsAsNumbers;
        IReadOnlyList<BatchError> errors = missing.Count == 0 ? [] : [BatchInputs.NotFound(from.Type.Label, missing)];
        return BatchJson.Response(200, started, call.Store.NowMs, w =>
        {
            foreach (var (id, links) in found)
            {
                w.WriteStartObject();
                w.WriteStartObject("from");
                w.WriteString("id", id);
                w.WriteEndObject();
                w.WriteStartArray("to");
                foreach (var link in links)
                {
                    AssociationJson.WriteLink(w, link, t => AssociationTypes.Find(from.Type.Kind, t), asNumbers);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }
        }, errors);
    }

    public static SandboxResponse Labels(SandboxCall call)
    {
        if (!call.TryTable("fromType", out var from, out var error) || !call.TryTable("toType", out var to, out error))
        {
            return error;
        }

        var types = AssociationTypes.Between(from.Type.Kind, to.Type.Kind).ToList();
        return JsonOut.Results(types, (w, type) => AssociationJson.WriteType(w, type.TypeId, type.Label));
    }
}
