using System.Globalization;
using System.Text.Json;

namespace CrmSync.Sandbox.Associations;

/// <summary>v4 shapes: {toObjectId, associationTypes:[{category, typeId, label}]}.</summary>
internal static class AssociationJson
{
    public static void WriteLink(Utf8JsonWriter w, AssociationLink link, AssociationTypeLookup lookup, bool idsAsNumbers)
    {
        w.WriteStartObject();
        if (idsAsNumbers)
        {
            w.WriteNumber("toObjectId", link.ToId);
        }
        else
        {
            w.WriteString("toObjectId", link.ToId.ToString(CultureInfo.InvariantCulture));
        }

        w.WriteStartArray("associationTypes");
        foreach (var typeId in link.TypeIds)
        {
            WriteType(w, typeId, lookup(typeId)?.Label);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteType(Utf8JsonWriter w, int typeId, string? label)
    {
        w.WriteStartObject();
        w.WriteString("category", AssociationType.Category);
        w.WriteNumber("typeId", typeId);
        w.WriteString("label", label);
        w.WriteEndObject();
    }

    public delegate AssociationType? AssociationTypeLookup(int typeId);
}
