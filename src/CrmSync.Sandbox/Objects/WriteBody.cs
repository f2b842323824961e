using System.Globalization;
using System.Text.Json;
using CrmSync.Sandbox.Associations;
using CrmSync.Sandbox.Http;

namespace CrmSync.Sandbox.Objects;

/// <summary>Parses the "properties" and "associations" parts of write bodies.</summary>
internal static class WriteBody
{
    /// <summary>Values may arrive as strings, numbers, booleans or null; all are stored as strings.</summary>
    public static Dictionary<string, string?>? Properties(JsonElement? body, out SandboxResponse? error)
    {
        error = null;
        if (body is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("properties", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            error = ErrorResponses.Validation("Invalid input: the body must be an object with a \"properties\" object");
            return null;
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null => null,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => property.Value.GetRawText(),
            };
        }

        return values;
    }

    /// <summary>[{to:{id}, types:[{associationCategory, associationTypeId}]}]: the type id decides the target object type.</summary>
    public static List<AssociationRequest>? Associations(SandboxStore store, ObjectTypeInfo from, JsonElement? body, out SandboxResponse? error)
    {
        error = null;
        var requests = new List<AssociationRequest>();
        if (body is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("associations", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return requests;
        }

        foreach (var item in list.EnumerateArray())
        {
            var toId = item.GetProperty("to").GetProperty("id");
            var toText = toId.ValueKind == JsonValueKind.Number ? toId.GetRawText() : toId.GetString();
            foreach (var spec in item.GetProperty("types").EnumerateArray())
            {
                var typeId = spec.GetProperty("associationTypeId").GetInt32();
                if (AssociationTypes.Find(from.Kind, typeId) is not { } type)
                {
                    error = ErrorResponses.Validation($"associationTypeId {typeId} is not a valid association type from {from.Name}");
                    return null;
                }

                var target = store.Table(type.To);
                if (!target.TryRecord(toText, archived: false, out var key))
                {
                    error = ErrorResponses.Validation(
                        $"Association to {target.Type.Name} {toText} is invalid: no such {target.Type.Singular} (associationTypeId {typeId.ToString(CultureInfo.InvariantCulture)})");
                    return null;
                }

                requests.Add(new AssociationRequest(type, key));
            }
        }

        return requests;
    }
}
