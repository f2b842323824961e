using System.Globalization;
using System.Text.Json.Nodes;
using CrmSync.Salesforce.Wire;

namespace CrmSync.Salesforce.Writes;

/// <summary>
/// A canonical value (text) as the JSON the field's describe type takes: numbers as numbers, checkboxes as booleans,
/// the rest as strings; null clears the field. Null when the text does not fit the type (reported per record).
/// </summary>
internal static class WriteValueConverter
{
    public static bool TryConvert(string? value, SfFieldDescribe? field, out JsonNode? node)
    {
        node = null;
        if (value is null)
            return true;
        switch (field?.Type?.ToLowerInvariant())
        {
            case "double" or "currency" or "percent" or "int":
                if (value.Length == 0)
                    return true;
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                    return false;
                node = JsonValue.Create(number);
                return true;
            case "boolean":
                if (!bool.TryParse(value, out var flag))
                    return false;
                node = JsonValue.Create(flag);
                return true;
            default:
                node = value.Length == 0 ? null : JsonValue.Create(value);
                return true;
        }
    }
}
