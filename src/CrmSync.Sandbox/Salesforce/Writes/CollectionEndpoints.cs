using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Http;
using CrmSync.Sandbox.Salesforce.Query;

namespace CrmSync.Sandbox.Salesforce.Writes;

/// <summary>
/// sObject Collections (salesforce-api.md §8.2): PATCH/POST composite/sobjects (≤ 200 records, results in request
/// order, HTTP 200 with per-record statusCode errors, allOrNone rolls everything back and marks the rest
/// ALL_OR_NONE_OPERATION_ROLLED_BACK, at most 10 chunks of one type), GET composite/sobjects/{type}, DELETE composite/sobjects.
/// </summary>
internal static class CollectionEndpoints
{
    private const int MaxRecords = 200;
    private const int MaxChunks = 10;

    public static SalesforceResponse Update(SalesforceCall call) => Save(call, creating: false);

    public static SalesforceResponse Create(SalesforceCall call) => Save(call, creating: true);

    public static SalesforceResponse Delete(SalesforceCall call)
    {
        var ids = (call.Query("ids") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length > MaxRecords)
        {
            return TooMany();
        }

        var allOrNone = string.Equals(call.Query("allOrNone"), "true", StringComparison.OrdinalIgnoreCase);
        var org = call.Org;
        return Run(org, allOrNone, ids.Select<string, Func<WriteOutcome>>(id => () => Locate(org.Store, id) is { } found
            ? org.Writer.Delete(found.Table, found.Number)
            : Missing(id)).ToList());
    }

    public static SalesforceResponse Retrieve(SalesforceCall call)
    {
        var store = call.Org.Store;
        if (store.Table(call.Route("type")) is not { } table)
        {
            return SalesforceJson.NotFound();
        }

        var fields = (call.Query("fields") ?? "Id").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(table.Schema.Find).ToList();
        if (fields.Any(f => f is null))
        {
            return SalesforceJson.Error(400, "INVALID_FIELD", $"No such column on entity '{table.Schema.Name}': {call.Query("fields")}");
        }

        var ids = (call.Query("ids") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return SalesforceJson.Response(200, w =>
        {
            w.WriteStartArray();
            foreach (var id in ids)
            {
                if (table.TryParse(id, out var number) && !table.IsDeleted(number))
                {
                    RecordRenderer.WriteAll(w, table, number, call.DataPath, fields!);
                }
                else
                {
                    w.WriteNullValue();
                }
            }

            w.WriteEndArray();
        });
    }

    private static SalesforceResponse Save(SalesforceCall call, bool creating)
    {
        if (call.Body is not { ValueKind: JsonValueKind.Object } body || !body.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            return SalesforceJson.Error(400, "JSON_PARSER_ERROR", "The request body must be {\"allOrNone\": bool, \"records\": [ ... ]}");
        }

        if (records.GetArrayLength() > MaxRecords)
        {
            return TooMany();
        }

        var types = records.EnumerateArray().Select(TypeOf).ToList();
        if (types.Where((t, i) => i == 0 || t != types[i - 1]).Count() > MaxChunks)
        {
            return SalesforceJson.Error(400, "INVALID_BATCH_REQUEST", "Cannot have more than 10 chunks in a single operation. Please rearrange the data to reduce chunking.");
        }

        var allOrNone = body.TryGetProperty("allOrNone", out var flag) && flag.ValueKind == JsonValueKind.True;
        var org = call.Org;
        var allowSave = SObjectEndpoints.AllowSave(call);
        return Run(org, allOrNone, records.EnumerateArray().Select<JsonElement, Func<WriteOutcome>>(record => () => SaveOne(org, record, creating, allowSave)).ToList());
    }

    private static WriteOutcome SaveOne(SalesforceOrgState org, JsonElement record, bool creating, bool allowSave)
    {
        if (org.Store.Schemas.Find(TypeOf(record) ?? "") is not { } schema)
        {
            return new WriteOutcome(null, [SaveError.Of("INVALID_TYPE", $"sObject type '{TypeOf(record)}' is not supported.")]);
        }

        if (creating)
        {
            return org.Writer.Create(schema, record, allowSave);
        }

        var id = record.TryGetProperty("id", out var lower) ? lower.GetString() : record.TryGetProperty("Id", out var upper) ? upper.GetString() : null;
        if (id is null)
        {
            return new WriteOutcome(null, [SaveError.Of("MISSING_ARGUMENT", "Id not specified in an update call", "Id")]);
        }

        return Locate(org.Store, id) is { } found && found.Table.Schema == schema ? org.Writer.Update(found.Table, found.Number, record, allowSave) : Missing(id);
    }

    /// <summary>Runs each write in order; with allOrNone, any failure undoes them all and the rest report ALL_OR_NONE_OPERATION_ROLLED_BACK.</summary>
    private static SalesforceResponse Run(SalesforceOrgState org, bool allOrNone, IReadOnlyList<Func<WriteOutcome>> writes)
    {
        var outcomes = new List<WriteOutcome>();
        var store = org.Store;
        if (allOrNone)
        {
            store.Atomically(() =>
            {
                outcomes.AddRange(writes.Select(write => write()));
                return outcomes.All(o => o.Success);
            });
            if (!outcomes.All(o => o.Success))
            {
                var rolledBack = SaveError.Of("ALL_OR_NONE_OPERATION_ROLLED_BACK", "Record rolled back because not all records were valid and the request was using AllOrNone header");
                outcomes = outcomes.Select(o => o.Success ? new WriteOutcome(o.Created ? null : o.Id, [rolledBack]) : o).ToList();
            }
        }
        else
        {
            outcomes.AddRange(writes.Select(write =>
            {
                WriteOutcome? outcome = null;
                store.Atomically(() => (outcome = write()).Success);
                return outcome!;
            }));
        }

        return SalesforceJson.Response(200, w =>
        {
            w.WriteStartArray();
            outcomes.ForEach(o => w.WriteSaveResult(o.Id, o.Errors));
            w.WriteEndArray();
        });
    }

    private static (RecordTable Table, int Number)? Locate(OrgStore store, string id) =>
        SalesforceId.TryNormalize(id, out var canonical) && store.TableOfId(canonical) is { } table && table.TryParse(canonical, out var number) ? (table, number) : null;

    private static WriteOutcome Missing(string id) => SalesforceId.TryNormalize(id, out _)
        ? new WriteOutcome(id, [SaveError.Of("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id")])
        : new WriteOutcome(id, [SaveError.Of("MALFORMED_ID", $"malformed id {id}")]);

    private static string? TypeOf(JsonElement record) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty("attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Object
            && attributes.TryGetProperty("type", out var type) ? type.GetString() : null;

    private static SalesforceResponse TooMany() =>
        SalesforceJson.Error(400, "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records into this call");
}
