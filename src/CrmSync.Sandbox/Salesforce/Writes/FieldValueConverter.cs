using System.Globalization;
using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Http;
using CrmSync.Sandbox.Salesforce.Query;
using CrmSync.Sandbox.Salesforce.Schema;

namespace CrmSync.Sandbox.Salesforce.Writes;

/// <summary>
/// Turns one JSON field of a write into the typed value the store holds, with Salesforce's per-field errors:
/// JSON_PARSER_ERROR (wrong JSON type, a date that is not yyyy-MM-dd), STRING_TOO_LONG,
/// INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, INVALID_EMAIL_ADDRESS, MALFORMED_ID, INVALID_CROSS_REFERENCE_KEY.
/// Empty text is stored as null, as Salesforce does.
/// </summary>
internal static class FieldValueConverter
{
    public static object? Convert(OrgStore store, FieldDefinition field, JsonElement json, List<SaveError> errors)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var type = field.Type;
        if (type == FieldType.Boolean)
        {
            return json.ValueKind is JsonValueKind.True or JsonValueKind.False ? json.GetBoolean() : Parser(field, json, "boolean", errors);
        }

        if (type.IsNumber())
        {
            return json.ValueKind == JsonValueKind.Number ? json.GetDouble()
                : json.ValueKind == JsonValueKind.String && double.TryParse(json.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed
                : Parser(field, json, "double", errors);
        }

        if (json.ValueKind != JsonValueKind.String)
        {
            return Parser(field, json, type.DescribeName(), errors);
        }

        var text = json.GetString()!;
        switch (type)
        {
            case FieldType.Date:
                return SalesforceTime.TryParseDate(text, out var date) ? date : Parser(field, json, "date", errors);
            case FieldType.DateTime:
                return SalesforceTime.TryParseDateTime(text, out var time) ? time : Parser(field, json, "datetime", errors);
            case FieldType.Reference:
                return Reference(store, field, text, errors);
        }

        if (text.Length == 0)
        {
            return null;
        }

        if (field.Length > 0 && text.Length > field.Length)
        {
            errors.Add(SaveError.Of("STRING_TOO_LONG", $"{field.Label}: data value too large: {Abbreviate(text)} (max length={field.Length})", field.Name));
        }
        else if (field.RestrictedPicklist && !field.PicklistItems.Contains(text, StringComparer.Ordinal))
        {
            errors.Add(SaveError.Of("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", $"{field.Label}: bad value for restricted picklist field: {text}", field.Name));
        }
        else if (type == FieldType.Email && (text.IndexOf('@', StringComparison.Ordinal) is < 1 || text.EndsWith('@') || text.Contains(' ', StringComparison.Ordinal)))
        {
            errors.Add(SaveError.Of("INVALID_EMAIL_ADDRESS", $"{field.Label}: invalid email address: {text}", field.Name));
        }

        return text;
    }

    private static string? Reference(OrgStore store, FieldDefinition field, string text, List<SaveError> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!SalesforceId.TryNormalize(text, out var id))
        {
            errors.Add(SaveError.Of("MALFORMED_ID", $"{field.Label}: id value of incorrect type: {text}", field.Name));
            return null;
        }

        if (FieldPath.Follow(store, id) is not { } target || !field.Targets.Contains(target.Table.Schema.Name) || target.Table.IsDeleted(target.Number))
        {
            errors.Add(SaveError.Of("INVALID_CROSS_REFERENCE_KEY", $"invalid cross reference id", field.Name));
            return null;
        }

        if (target.Table.Schema.Name == "User" && field.Name == "OwnerId" && target.Table.Get(target.Number, "IsActive") is false)
        {
            errors.Add(SaveError.Of("INACTIVE_OWNER_OR_USER", "operation performed with inactive user", field.Name));
        }

        return id;
    }

    private static object? Parser(FieldDefinition field, JsonElement json, string type, List<SaveError> errors)
    {
        var token = json.ValueKind switch
        {
            JsonValueKind.String => "VALUE_STRING",
            JsonValueKind.Number => "VALUE_NUMBER_INT",
            JsonValueKind.True => "VALUE_TRUE",
            JsonValueKind.False => "VALUE_FALSE",
            JsonValueKind.Object => "START_OBJECT",
            _ => "START_ARRAY",
        };
        errors.Add(SaveError.Of("JSON_PARSER_ERROR", $"Cannot deserialize instance of {type} from {token} value {Abbreviate(json.ToString())} or request may be missing a required field", field.Name));
        return null;
    }

    private static string Abbreviate(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
