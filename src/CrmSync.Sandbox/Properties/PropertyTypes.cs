using System.Text.RegularExpressions;

namespace CrmSync.Sandbox.Properties;

/// <summary>Allowed property types, field types and their pairs (hubspot-api.md §6).</summary>
internal static partial class PropertyTypes
{
    private static readonly Dictionary<string, string[]> Pairs = new(StringComparer.Ordinal)
    {
        ["bool"] = ["booleancheckbox"],
        ["enumeration"] = ["booleancheckbox", "checkbox", "radio", "select"],
        ["date"] = ["date"],
        ["datetime"] = ["date"],
        ["number"] = ["number", "calculation_equation"],
        ["string"] = ["text", "textarea", "html", "file", "phonenumber"],
        ["phone_number"] = ["phonenumber"],
    };

    public static readonly IReadOnlyList<string> FieldTypes =
        ["booleancheckbox", "calculation_equation", "checkbox", "date", "file", "html", "number", "phonenumber", "radio", "select", "text", "textarea"];

    public static bool IsKnownType(string? type) => type is not null && Pairs.ContainsKey(type);

    public static bool IsKnownFieldType(string? fieldType) => fieldType is not null && FieldTypes.Contains(fieldType);

    public static bool IsValidPair(string type, string fieldType) => Pairs.TryGetValue(type, out var fields) && fields.Contains(fieldType);

    public static IReadOnlyList<string> FieldTypesFor(string type) => Pairs.TryGetValue(type, out var fields) ? fields : [];

    public static IEnumerable<string> Types => Pairs.Keys;

    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    [GeneratedRegex("^[a-z][a-z0-9_]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
