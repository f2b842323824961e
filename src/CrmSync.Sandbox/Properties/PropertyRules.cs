using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Properties;

/// <summary>Validation of property creates and updates; each problem names the field and what is allowed.</summary>
internal static class PropertyRules
{
    public static string? CreateProblem(PropertyCatalog catalog, ObjectKind kind, PropertyBody body, List<PropertyOption>? options, string? optionError)
    {
        var name = body.Text("name")!;
        if (!PropertyTypes.IsValidName(name))
        {
            return $"Property name '{name}' is invalid: use ^[a-z][a-z0-9_]{{0,99}}$ (lower-case letters, digits and underscores, starting with a letter, at most 100 characters)";
        }

        return TypeProblem(body.Text("type")!, body.Text("fieldType")!, options, optionError, requireOptions: true)
            ?? GroupProblem(catalog, kind, body.Text("groupName")!);
    }

    public static string? UpdateProblem(PropertyCatalog catalog, ObjectKind kind, PropertyDefinition property, PropertyBody body, List<PropertyOption>? options, string? optionError)
    {
        if (!body.IsObject)
        {
            return "Invalid input: the body must be a PropertyUpdate object";
        }

        var type = body.Text("type") ?? property.Type;
        var fieldType = body.Text("fieldType") ?? property.FieldType;
        if (property.ReadOnlyDefinition && (type != property.Type || fieldType != property.FieldType))
        {
            return $"{property.Name} is a HubSpot-defined property; its type and fieldType cannot be changed";
        }

        return TypeProblem(type, fieldType, options ?? property.Options, optionError, requireOptions: body.Has("options") || type != property.Type)
            ?? (body.Text("groupName") is { } group ? GroupProblem(catalog, kind, group) : null);
    }

    public static void Apply(PropertyDefinition property, PropertyBody body, List<PropertyOption>? options, DateTimeOffset now)
    {
        property.Label = body.Text("label") ?? property.Label;
        property.Description = body.Text("description") ?? property.Description;
        property.GroupName = body.Text("groupName") ?? property.GroupName;
        property.Type = body.Text("type") ?? property.Type;
        property.FieldType = body.Text("fieldType") ?? property.FieldType;
        property.DisplayOrder = body.Int("displayOrder") ?? property.DisplayOrder;
        property.Hidden = body.Bool("hidden") ?? property.Hidden;
        property.FormField = body.Bool("formField") ?? property.FormField;
        property.Options = options ?? property.Options;
        property.UpdatedAt = now;
    }

    private static string? TypeProblem(string type, string fieldType, List<PropertyOption>? options, string? optionError, bool requireOptions)
    {
        if (!PropertyTypes.IsKnownType(type))
        {
            return $"type '{type}' is not one of {string.Join(", ", PropertyTypes.Types)}";
        }

        if (!PropertyTypes.IsKnownFieldType(fieldType))
        {
            return $"fieldType '{fieldType}' is not one of {string.Join(", ", PropertyTypes.FieldTypes)}";
        }

        if (!PropertyTypes.IsValidPair(type, fieldType))
        {
            return $"fieldType '{fieldType}' is not valid for type '{type}'; valid field types: {string.Join(", ", PropertyTypes.FieldTypesFor(type))}";
        }

        if (optionError is not null)
        {
            return optionError;
        }

        return type == "enumeration" && requireOptions && (options is null || options.Count == 0)
            ? "An enumeration property needs at least one option"
            : null;
    }

    private static string? GroupProblem(PropertyCatalog catalog, ObjectKind kind, string group) =>
        catalog.FindGroup(kind, group) is null ? $"Property group '{group}' does not exist for {ObjectTypes.Of(kind).Name}" : null;
}
