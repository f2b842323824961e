using CrmSync.Sandbox.Http;
using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Batch;

/// <summary>
/// POST {type}/batch/update and batch/create. An invalid property fails the whole batch with 400 (nothing is
/// written); unknown ids in an update give 207 with errors[].context.ids (or, with
/// <see cref="SandboxOptions.RejectBatchWithMissingIds"/>, a 400 for the whole batch); an id a merge archived writes
/// the survivor, answered under the survivor's id with the input's objectWriteTraceId; a create gives 207 for
/// invalid inputs only when every input carries an objectWriteTraceId (hubspot-api.md §5).
/// </summary>
internal sealed class BatchWriteEndpoints(SandboxState state)
{
    public SandboxResponse Update(SandboxCall call)
    {
        if (!BatchInputs.TryRead(call, out var table, out var inputs, out var error))
        {
            return error;
        }

        var started = call.NowMs;
        var duplicates = inputs.Select(BatchInputs.Id).GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            return ErrorResponses.Validation($"Duplicate IDs found in batch input: [{string.Join(", ", duplicates)}]. IDs must be unique");
        }

        var updates = new List<(long Key, Dictionary<string, string?> Values, string? TraceId)>();
        var missing = new List<string>();
        var invalid = new List<PropertyError>();
        foreach (var input in inputs)
        {
            var values = WriteBody.Properties(input, out error);
            if (values is null)
            {
                return error!;
            }

            var id = BatchInputs.Id(input) ?? "";
            var exists = table.TryRecord(id, archived: false, out var key);
            invalid.AddRange(exists ? state.Validator.Validate(table.Type, values, key) : state.Validator.ValidateValues(table.Type, values));
            if (exists)
            {
                updates.Add((key, values, BatchInputs.Text(input, "objectWriteTraceId")));
            }
            else
            {
                missing.Add(id);
            }
        }

        if (invalid.Count > 0)
        {
            return ErrorResponses.InvalidProperties(invalid.DistinctBy(e => (e.Name, e.Code)).ToList());
        }

        if (missing.Count > 0 && state.Options.RejectBatchWithMissingIds)
        {
            // The whole batch fails and its error does not say which input caused it (context.ids stays empty).
            return ErrorResponses.Validation(
                $"Could not update {table.Type.Label} objects: {string.Join(", ", missing)} do not exist or were deleted. No input of this batch was written.");
        }

        foreach (var (key, values, _) in updates)
        {
            state.Writer.Update(table, key, values, WriteSource.Api);
        }

        IReadOnlyList<BatchError> errors = missing.Count == 0 ? [] : [BatchInputs.NotFound(table.Type.Label, missing)];
        return BatchJson.Response(200, started, call.Store.NowMs, w =>
        {
            foreach (var (key, _, traceId) in updates)
            {
                RecordJson.Write(w, call.Store, table, key, RecordProjection.AllValues, traceId);
            }
        }, errors);
    }

    public SandboxResponse Create(SandboxCall call)
    {
        if (!BatchInputs.TryRead(call, out var table, out var inputs, out var error))
        {
            return error;
        }

        var started = call.NowMs;
        var traced = inputs.Count > 0 && inputs.All(i => BatchInputs.Text(i, "objectWriteTraceId") is not null);
        var accepted = new List<(Dictionary<string, string?> Values, List<AssociationRequest> Associations, string? TraceId)>();
        var errors = new List<BatchError>();
        foreach (var input in inputs)
        {
            var values = WriteBody.Properties(input, out error);
            var associations = values is null ? null : WriteBody.Associations(call.Store, table.Type, input, out error);
            if (values is null || associations is null)
            {
                return error!;
            }

            var traceId = BatchInputs.Text(input, "objectWriteTraceId");
            var invalid = state.Validator.Validate(table.Type, values, existingId: null);
            if (invalid.Count == 0)
            {
                accepted.Add((values, associations, traceId));
            }
            else if (traced)
            {
                errors.Add(new BatchError("VALIDATION_ERROR", "Property values were not valid: " + ErrorResponses.PropertyErrorArray(invalid), "objectWriteTraceId", [traceId!]));
            }
            else
            {
                return ErrorResponses.InvalidProperties(invalid);
            }
        }

        var created = accepted.Select(a => (Id: state.Writer.Create(table.Type, a.Values, a.Associations, WriteSource.Api), a.TraceId)).ToList();
        return BatchJson.Response(201, started, call.Store.NowMs, w =>
        {
            foreach (var (id, traceId) in created)
            {
                RecordJson.Write(w, call.Store, table, id, RecordProjection.AllValues, traceId);
            }
        }, errors);
    }
}
