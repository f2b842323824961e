using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Schema;

namespace CrmSync.Sandbox.Salesforce.Describe;

/// <summary>DescribeSObjectResult and its field entries (salesforce-api.md §5).</summary>
internal static class DescribeWriter
{
    public static void WriteBasics(Utf8JsonWriter w, ObjectSchema schema, string dataPath)
    {
        w.WriteString("name", schema.Name);
        w.WriteString("label", schema.Label);
        w.WriteString("labelPlural", schema.LabelPlural);
        w.WriteString("keyPrefix", schema.KeyPrefix);
        w.WriteBoolean("custom", false);
        w.WriteBoolean("createable", schema.Writable);
        w.WriteBoolean("updateable", schema.Writable);
        w.WriteBoolean("deletable", schema.Writable);
        w.WriteBoolean("undeletable", schema.Writable);
        w.WriteBoolean("queryable", true);
        w.WriteBoolean("retrieveable", true);
        w.WriteBoolean("searchable", schema.Writable);
        w.WriteBoolean("replicateable", true);
        w.WriteBoolean("triggerable", schema.Writable);
        w.WriteBoolean("layoutable", schema.Writable);
        w.WriteStartObject("urls");
        w.WriteString("sobject", $"{dataPath}/sobjects/{schema.Name}");
        w.WriteString("describe", $"{dataPath}/sobjects/{schema.Name}/describe");
        w.WriteString("rowTemplate", $"{dataPath}/sobjects/{schema.Name}/{{ID}}");
        w.WriteEndObject();
    }

    public static void WriteField(Utf8JsonWriter w, FieldDefinition f)
    {
        w.WriteStartObject();
        w.WriteString("name", f.Name);
        w.WriteString("label", f.Label);
        w.WriteString("type", f.Type.DescribeName());
        w.WriteString("soapType", f.Type.SoapType());
        w.WriteNumber("length", f.Length);
        w.WriteNumber("byteLength", f.Length * 3);
        w.WriteNumber("precision", f.Precision);
        w.WriteNumber("scale", f.Scale);
        w.WriteNumber("digits", f.Type == FieldType.Int ? 9 : 0);
        w.WriteBoolean("nillable", f.Nillable);
        w.WriteBoolean("createable", f.Createable);
        w.WriteBoolean("updateable", f.Updateable);
        w.WriteBoolean("custom", f.Custom);
        w.WriteBoolean("calculated", f.Calculated);
        if (f.Calculated)
        {
            w.WriteString("calculatedFormula", "TODAY() - DATEVALUE(CreatedDate)");
        }

        w.WriteBoolean("externalId", f.ExternalId);
        w.WriteBoolean("unique", f.Unique);
        w.WriteBoolean("idLookup", f.Type == FieldType.Id || f.ExternalId);
        w.WriteBoolean("nameField", f.Name == "Name");
        w.WriteBoolean("filterable", f.Type != FieldType.TextArea);
        w.WriteBoolean("sortable", f.Type != FieldType.TextArea);
        w.WriteBoolean("groupable", f.Type is not (FieldType.TextArea or FieldType.Double or FieldType.Currency or FieldType.Percent or FieldType.DateTime));
        w.WriteBoolean("defaultedOnCreate", f.DefaultValue is not null || f.Type == FieldType.Boolean || !f.Createable);
        if (f.DefaultValue is { } defaultValue)
        {
            w.WriteString("defaultValue", defaultValue);
        }
        else
        {
            w.WriteNull("defaultValue");
        }

        w.WriteBoolean("restrictedPicklist", f.RestrictedPicklist);
        w.WriteBoolean("polymorphicForeignKey", f.Targets.Count > 1);
        w.WriteStartArray("referenceTo");
        foreach (var target in f.Targets)
        {
            w.WriteStringValue(target);
        }

        w.WriteEndArray();
        if (f.RelationshipName is { } relationship)
        {
            w.WriteString("relationshipName", relationship);
        }
        else
        {
            w.WriteNull("relationshipName");
        }

        w.WriteStartArray("picklistValues");
        foreach (var value in f.PicklistItems)
        {
            w.WriteStartObject();
            w.WriteBoolean("active", true);
            w.WriteBoolean("defaultValue", value == f.DefaultValue);
            w.WriteString("label", value);
            w.WriteNull("validFor");
            w.WriteString("value", value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
