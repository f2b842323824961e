using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Http;
using CrmSync.Sandbox.Salesforce.Schema;

namespace CrmSync.Sandbox.Salesforce.Writes;

/// <summary>
/// Validates and applies one record write (create, update, delete) the way Salesforce answers it: field errors,
/// injected lock and validation failures, unique fields, duplicate rules, then the save and its effects. A failed
/// write changes nothing. Callers hold the store lock.
/// </summary>
internal sealed class RecordWriter(OrgStore store, WriteFaults faults)
{
    public WriteOutcome Create(ObjectSchema schema, JsonElement body, bool allowSave)
    {
        var table = store.Table(schema.Name)!;
        if (!schema.Writable)
        {
            return Fail(null, "INVALID_TYPE_FOR_OPERATION", $"entity type {schema.Name} does not support insert");
        }

        var errors = new List<SaveError>();
        var values = Read(schema, body, creating: true, errors);
        var missing = schema.Fields.Where(f => f.Createable && !f.Nillable && f.DefaultValue is null && f.Type != FieldType.Boolean
            && f.Name != "OwnerId" && values.GetValueOrDefault(f.Name) is null).Select(f => f.Name).ToArray();
        if (missing.Length > 0)
        {
            errors.Add(new SaveError("REQUIRED_FIELD_MISSING", $"Required fields are missing: [{string.Join(", ", missing)}]", missing));
        }

        // Defaults: picklist defaults, false for every checkbox (read-only ones such as IsConverted too), the running user as owner.
        foreach (var field in schema.Fields.Where(f => !values.ContainsKey(f.Name) && f.Name != "IsDeleted"))
        {
            if (field.Type == FieldType.Boolean)
            {
                values[field.Name] = false;
            }
            else if (field.Createable && (field.DefaultValue is not null || field.Name == "OwnerId"))
            {
                values[field.Name] = field.Name == "OwnerId" ? store.IntegrationUserId : field.DefaultValue;
            }
        }

        CheckRules(table, 0, values, allowSave, errors);
        if (errors.Count > 0)
        {
            return new WriteOutcome(null, errors);
        }

        var number = table.Insert(values);
        WriteEffects.Stamp(table, number, store, created: true);
        WriteEffects.Derive(table, number, values, store);
        WriteEffects.AppendHistory(table, number, new Dictionary<string, object?>(), created: true, store);
        return new WriteOutcome(table.IdOf(number), [], Created: true);
    }

    public WriteOutcome Update(RecordTable table, int number, JsonElement body, bool allowSave)
    {
        var id = table.IdOf(number);
        if (!table.Schema.Writable)
        {
            return Fail(id, "INVALID_TYPE_FOR_OPERATION", $"entity type {table.Schema.Name} does not support update");
        }

        if (table.IsDeleted(number))
        {
            return Fail(id, "ENTITY_IS_DELETED", "entity is deleted");
        }

        if (faults.Check(id) is { Code: "UNABLE_TO_LOCK_ROW" } locked)
        {
            return new WriteOutcome(id, [locked]);
        }

        var errors = new List<SaveError>();
        var values = Read(table.Schema, body, creating: false, errors);
        var cleared = values.Where(v => v.Value is null && table.Schema.Find(v.Key) is { Nillable: false }).Select(v => v.Key).ToArray();
        if (cleared.Length > 0)
        {
            errors.Add(new SaveError("REQUIRED_FIELD_MISSING", $"Required fields are missing: [{string.Join(", ", cleared)}]", cleared));
        }

        CheckRules(table, number, values, allowSave, errors);
        if (errors.Count > 0)
        {
            return new WriteOutcome(id, errors);
        }

        var before = WriteEffects.Snapshot(table, number);
        foreach (var (name, value) in values)
        {
            table.Set(number, name, value);
        }

        WriteEffects.Stamp(table, number, store, created: false);
        WriteEffects.Derive(table, number, values, store);
        WriteEffects.AppendHistory(table, number, before, created: false, store);
        return new WriteOutcome(id, []);
    }

    public WriteOutcome Delete(RecordTable table, int number)
    {
        var id = table.IdOf(number);
        if (!table.Schema.Writable || !table.Schema.HasIsDeleted)
        {
            return Fail(id, "INVALID_TYPE_FOR_OPERATION", $"entity type {table.Schema.Name} does not support delete");
        }

        if (table.IsDeleted(number))
        {
            return Fail(id, "ENTITY_IS_DELETED", "entity is deleted");
        }

        if (faults.Check(id) is { Code: "UNABLE_TO_LOCK_ROW" } locked)
        {
            return new WriteOutcome(id, [locked]);
        }

        table.Set(number, "IsDeleted", true);
        WriteEffects.Stamp(table, number, store, created: false);
        return new WriteOutcome(id, []);
    }

    private Dictionary<string, object?> Read(ObjectSchema schema, JsonElement body, bool creating, List<SaveError> errors)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add(SaveError.Of("JSON_PARSER_ERROR", "The request body must be a JSON object of field names and values"));
            return values;
        }

        foreach (var property in body.EnumerateObject())
        {
            if (property.NameEquals("attributes") || string.Equals(property.Name, "Id", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (schema.Find(property.Name) is not { } field)
            {
                errors.Add(SaveError.Of("INVALID_FIELD", $"No such column '{property.Name}' on sobject of type {schema.Name}"));
                continue;
            }

            if (creating ? !field.Createable : !field.Updateable)
            {
                errors.Add(SaveError.Of("INVALID_FIELD_FOR_INSERT_UPDATE",
                    $"Unable to create/update fields: {field.Name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.", field.Name));
                continue;
            }

            values[field.Name] = FieldValueConverter.Convert(store, field, property.Value, errors);
        }

        return values;
    }

    /// <summary>Validation rules, unique fields and duplicate rules, in Salesforce's save order (after field checks).</summary>
    private void CheckRules(RecordTable table, int number, Dictionary<string, object?> values, bool allowSave, List<SaveError> errors)
    {
        if (errors.Count > 0)
        {
            return;
        }

        if (number > 0 && faults.Check(table.IdOf(number)) is { } injected)
        {
            errors.Add(injected);
            return;
        }

        foreach (var field in table.Schema.Fields.Where(f => f.Unique && values.GetValueOrDefault(f.Name) is string))
        {
            if (FindOther(table, number, field.Name, (string)values[field.Name]!) is { } other)
            {
                errors.Add(SaveError.Of("DUPLICATE_VALUE", $"duplicate value found: {field.Name} duplicates value on record with id: {table.IdOf(other)}", field.Name));
            }
        }

        foreach (var rule in faults.DuplicateRules.Where(r => string.Equals(r.ObjectName, table.Schema.Name, StringComparison.OrdinalIgnoreCase)))
        {
            var value = values.TryGetValue(rule.FieldName, out var given) ? given as string : number > 0 ? table.Get(number, rule.FieldName) as string : null;
            if (value is not null && (rule.Blocking || !allowSave) && FindOther(table, number, rule.FieldName, value) is not null)
            {
                errors.Add(SaveError.Of("DUPLICATES_DETECTED", "You're creating a duplicate record. We recommend you use an existing record instead."));
            }
        }
    }

    /// <summary>A live record other than <paramref name="self"/> whose field equals the value (case-insensitive).</summary>
    private static int? FindOther(RecordTable table, int self, string field, string value)
    {
        var custom = table.Schema.Find(field)?.Custom == true;
        foreach (var n in custom ? table.ChangedNumbers : table.Numbers())
        {
            if (n != self && table.Exists(n) && !table.IsDeleted(n) && table.Get(n, field) is string other && string.Equals(other, value, StringComparison.OrdinalIgnoreCase))
            {
                return n;
            }
        }

        return null;
    }

    private static WriteOutcome Fail(string? id, string code, string message) => new(id, [SaveError.Of(code, message)]);
}
