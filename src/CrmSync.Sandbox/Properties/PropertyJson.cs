using System.Text.Json;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Properties;

/// <summary>The Property and PropertyGroup shapes of hubspot-api.md §6.</summary>
internal static class PropertyJson
{
    public static void Write(Utf8JsonWriter w, PropertyDefinition p)
    {
        w.WriteStartObject();
        w.WriteString("name", p.Name);
        w.WriteString("label", p.Label);
        w.WriteString("type", p.Type);
        w.WriteString("fieldType", p.FieldType);
        w.WriteString("description", p.Description);
        w.WriteString("groupName", p.GroupName);
        w.WriteStartArray("options");
        foreach (var option in p.Options)
        {
            w.WriteStartObject();
            w.WriteString("label", option.Label);
            w.WriteString("value", option.Value);
            w.WriteNumber("displayOrder", option.DisplayOrder);
            w.WriteBoolean("hidden", option.Hidden);
            if (option.Description is not null)
            {
                w.WriteString("description", option.Description);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("displayOrder", p.DisplayOrder);
        w.WriteBoolean("calculated", p.Calculated);
        w.WriteBoolean("externalOptions", p.ExternalOptions);
        w.WriteBoolean("hasUniqueValue", p.HasUniqueValue);
        w.WriteBoolean("hidden", p.Hidden);
        w.WriteBoolean("hubspotDefined", p.HubspotDefined);
        w.WriteStartObject("modificationMetadata");
        w.WriteBoolean("archivable", !p.HubspotDefined);
        w.WriteBoolean("readOnlyDefinition", p.ReadOnlyDefinition);
        w.WriteBoolean("readOnlyValue", p.ReadOnlyValue);
        w.WriteEndObject();
        w.WriteBoolean("formField", p.FormField);
        w.WriteString("createdAt", SeedTime.Iso(p.CreatedAt));
        w.WriteString("updatedAt", SeedTime.Iso(p.UpdatedAt));
        w.WriteBoolean("archived", p.Archived);
        if (p.ArchivedAt is { } archivedAt)
        {
            w.WriteString("archivedAt", SeedTime.Iso(archivedAt));
        }

        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, PropertyGroup g)
    {
        w.WriteStartObject();
        w.WriteString("name", g.Name);
        w.WriteString("label", g.Label);
        w.WriteNumber("displayOrder", g.DisplayOrder);
        w.WriteBoolean("archived", g.Archived);
        w.WriteEndObject();
    }
}
