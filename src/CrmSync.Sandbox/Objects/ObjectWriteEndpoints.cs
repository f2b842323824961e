using CrmSync.Sandbox.Http;

namespace CrmSync.Sandbox.Objects;

/// <summary>POST create (201), PATCH update, DELETE archive (204).</summary>
internal sealed class ObjectWriteEndpoints(SandboxState state)
{
    public SandboxResponse Create(SandboxCall call)
    {
        if (!call.TryTable("type", out var table, out var error))
        {
            return error;
        }

        var values = WriteBody.Properties(call.Body, out error);
        var associations = values is null ? null : WriteBody.Associations(call.Store, table.Type, call.Body, out error);
        if (values is null || associations is null)
        {
            return error!;
        }

        var errors = state.Validator.Validate(table.Type, values, existingId: null);
        if (errors.Count > 0)
        {
            return ErrorResponses.InvalidProperties(errors);
        }

        var id = state.Writer.Create(table.Type, values, associations, WriteSource.Api);
        return JsonOut.Response(201, w => RecordJson.Write(w, call.Store, table, id, RecordProjection.AllValues));
    }

    public SandboxResponse Update(SandboxCall call)
    {
        if (!call.TryTable("type", out var table, out var error))
        {
            return error;
        }

        var id = call.Route("id");
        if (!table.TryRecord(id, archived: false, out var key))
        {
            return ErrorResponses.NotFound(CallExtensions.NotFoundMessage(table.Type, id));
        }

        var values = WriteBody.Properties(call.Body, out error);
        if (values is null)
        {
            return error!;
        }

        var errors = state.Validator.Validate(table.Type, values, key);
        if (errors.Count > 0)
        {
            return ErrorResponses.InvalidProperties(errors);
        }

        state.Writer.Update(table, key, values, WriteSource.Api);
        return JsonOut.Response(200, w => RecordJson.Write(w, call.Store, table, key, RecordProjection.AllValues));
    }

    public SandboxResponse Archive(SandboxCall call)
    {
        if (!call.TryTable("type", out var table, out var error))
        {
            return error;
        }

        // HubSpot answers 204 for ids that do not exist or are already archived.
        if (table.TryRecord(call.Route("id"), archived: false, out var key))
        {
            state.Writer.Archive(table, key);
        }

        return SandboxResponse.NoContent;
    }
}
