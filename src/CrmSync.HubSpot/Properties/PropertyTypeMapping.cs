using CrmSync.Core.Connectors;

namespace CrmSync.HubSpot.Properties;

/// <summary>ComputedPropertyType → HubSpot (type, fieldType); only pairs HubSpot's properties guide documents.</summary>
internal static class PropertyTypeMapping
{
    public static (string Type, string FieldType) For(ComputedPropertyType type) => type switch
    {
        ComputedPropertyType.Number => ("number", "number"),
        ComputedPropertyType.Text => ("string", "textarea"),
        ComputedPropertyType.DateTime => ("datetime", "date"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No HubSpot property type for this computed property type."),
    };
}
