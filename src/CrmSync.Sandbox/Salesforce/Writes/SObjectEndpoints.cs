using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Http;
using CrmSync.Sandbox.Salesforce.Query;

namespace CrmSync.Sandbox.Salesforce.Writes;

/// <summary>
/// Single-record calls (salesforce-api.md §8.1): GET/PATCH (204)/DELETE (204) sobjects/{type}/{id}, POST
/// sobjects/{type} (201 {id, success, errors}), and upsert by external id PATCH sobjects/{type}/{field}/{value}
/// (201 created / 200 updated / 300 when several match). Errors are the REST array with errorCode.
/// </summary>
internal static class SObjectEndpoints
{
    public static SalesforceResponse Get(SalesforceCall call)
    {
        if (!TryFind(call, out var table, out var number, out var error))
        {
            return error;
        }

        if (table.IsDeleted(number))
        {
            return SalesforceJson.NotFound();
        }

        var fields = call.Query("fields")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => table.Schema.Find(name)).ToList();
        if (fields is not null && fields.Any(f => f is null))
        {
            return SalesforceJson.Error(400, "INVALID_FIELD", $"No such column on entity '{table.Schema.Name}': {call.Query("fields")}");
        }

        return SalesforceJson.Response(200, w => RecordRenderer.WriteAll(w, table, number, call.DataPath, fields?.Select(f => f!).ToList()));
    }

    public static SalesforceResponse Create(SalesforceCall call)
    {
        if (call.Org.Store.Schemas.Find(call.Route("type")) is not { } schema)
        {
            return SalesforceJson.NotFound();
        }

        var outcome = call.Org.Writer.Create(schema, call.Body ?? default, AllowSave(call));
        return outcome.Success
            ? SalesforceJson.Response(201, w => w.WriteSaveResult(outcome.Id, [])) with { Headers = [new("Location", $"{call.DataPath}/sobjects/{schema.Name}/{outcome.Id}")] }
            : Errors(outcome);
    }

    public static SalesforceResponse Update(SalesforceCall call)
    {
        if (!TryFind(call, out var table, out var number, out var error))
        {
            return error;
        }

        var outcome = call.Org.Writer.Update(table, number, call.Body ?? default, AllowSave(call));
        return outcome.Success ? SalesforceResponse.NoContent : Errors(outcome);
    }

    public static SalesforceResponse Delete(SalesforceCall call)
    {
        if (!TryFind(call, out var table, out var number, out var error))
        {
            return error;
        }

        var outcome = call.Org.Writer.Delete(table, number);
        return outcome.Success ? SalesforceResponse.NoContent : Errors(outcome);
    }

    public static SalesforceResponse Upsert(SalesforceCall call)
    {
        var store = call.Org.Store;
        if (store.Table(call.Route("type")) is not { } table)
        {
            return SalesforceJson.NotFound();
        }

        if (table.Schema.Find(call.Route("field")) is not { ExternalId: true } field)
        {
            return SalesforceJson.Error(404, "NOT_FOUND", $"Provided external ID field does not exist or is not accessible: {call.Route("field")}");
        }

        var key = call.Route("value");
        var matches = table.ChangedNumbers.Where(n => !table.IsDeleted(n) && table.Get(n, field.Name) is string v && string.Equals(v, key, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count > 1)
        {
            return SalesforceJson.Response(300, w =>
            {
                w.WriteStartArray();
                matches.ForEach(n => w.WriteStringValue($"{call.DataPath}/sobjects/{table.Schema.Name}/{table.IdOf(n)}"));
                w.WriteEndArray();
            });
        }

        var body = WithField(call.Body ?? default, field.Name, key);
        var outcome = matches.Count == 1
            ? call.Org.Writer.Update(table, matches[0], body, AllowSave(call)) with { Created = false }
            : call.Org.Writer.Create(table.Schema, body, AllowSave(call));
        return outcome.Success ? SalesforceJson.Response(outcome.Created ? 201 : 200, w => w.WriteSaveResult(outcome.Id, [], outcome.Created)) : Errors(outcome);
    }

    public static bool AllowSave(SalesforceCall call) =>
        call.Header("Sforce-Duplicate-Rule-Header")?.Replace(" ", "", StringComparison.Ordinal).Contains("allowSave=true", StringComparison.OrdinalIgnoreCase) == true;

    private static SalesforceResponse Errors(WriteOutcome outcome) =>
        SalesforceJson.Response(outcome.Errors.Any(e => e.Code == "ENTITY_IS_DELETED") ? 404 : 400, w =>
        {
            w.WriteStartArray();
            foreach (var error in outcome.Errors)
            {
                w.WriteStartObject();
                w.WriteString("message", error.Message);
                w.WriteString("errorCode", error.Code);
                w.WriteStartArray("fields");
                error.Fields.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

    private static bool TryFind(SalesforceCall call, out RecordTable table, out int number, out SalesforceResponse error)
    {
        number = 0;
        error = SalesforceJson.NotFound();
        table = call.Org.Store.Table(call.Route("type"))!;
        if (table is null)
        {
            return false;
        }

        var id = call.Route("id");
        if (!SalesforceId.TryNormalize(id, out _))
        {
            error = SalesforceJson.Error(400, "MALFORMED_ID", $"{table.Schema.Name} ID: id value of incorrect type: {id}");
            return false;
        }

        return table.TryParse(id, out number);
    }

    /// <summary>The upsert body with the external id field set to the key from the URL.</summary>
    private static JsonElement WithField(JsonElement body, string field, string value)
    {
        var copy = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (body.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in body.EnumerateObject())
            {
                copy[property.Name] = property.Value;
            }
        }

        copy[field] = JsonSerializer.SerializeToElement(value);
        return JsonSerializer.SerializeToElement(copy);
    }
}
