using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Batch;

/// <summary>POST {type}/batch/read (with propertiesWithHistory) and batch/archive.</summary>
internal sealed class BatchReadEndpoints(SandboxState state)
{
    public SandboxResponse Read(SandboxCall call)
    {
        if (!BatchInputs.TryRead(call, out var table, out var inputs, out var error))
        {
            return error;
        }

        var started = call.NowMs;
        var idProperty = call.Body is { } body ? BatchInputs.Text(body, "idProperty") : null;
        if (idProperty is not null && idProperty != "hs_object_id" && call.Store.Properties.Find(table.Type.Kind, idProperty) is not { HasUniqueValue: true })
        {
            return ErrorResponses.Validation($"Property {idProperty} is not a unique identifier property of {table.Type.Name}");
        }

        var archived = call.QueryBool("archived");
        var found = new List<long>();
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            var id = BatchInputs.Id(input) ?? "";
            long? key = idProperty is null or "hs_object_id"
                ? table.TryRecord(id, archived, out var parsed) ? parsed : null
                : UniqueLookup.Find(table, idProperty, id);
            if (key is { } hit)
            {
                found.Add(hit);
            }
            else
            {
                missing.Add(id);
            }
        }

        var projection = RecordProjection.Create(
            call.Store.Properties, table.Type, BatchInputs.Strings(call.Body, "properties"), BatchInputs.Strings(call.Body, "propertiesWithHistory"), []);
        IReadOnlyList<BatchError> errors = missing.Count == 0 ? [] : [BatchInputs.NotFound(table.Type.Label, missing)];
        return BatchJson.Response(200, started, call.Store.NowMs, w =>
        {
            foreach (var id in found.Distinct())
            {
                RecordJson.Write(w, call.Store, table, id, projection);
            }
        }, errors);
    }

    /// <summary>204 always; unknown and already archived ids are ignored, as HubSpot does.</summary>
    public SandboxResponse Archive(SandboxCall call)
    {
        if (!BatchInputs.TryRead(call, out var table, out var inputs, out var error))
        {
            return error;
        }

        foreach (var input in inputs)
        {
            if (table.TryRecord(BatchInputs.Id(input), archived: false, out var key))
            {
                state.Writer.Archive(table, key);
            }
        }

        return SandboxResponse.NoContent;
    }
}
