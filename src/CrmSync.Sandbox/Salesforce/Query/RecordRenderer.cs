using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Http;
using CrmSync.Sandbox.Salesforce.Schema;

namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>Writes a record as query results show it: attributes {type, url}, then the selected fields and nested parents.</summary>
internal static class RecordRenderer
{
    public static void Write(Utf8JsonWriter w, OrgStore store, RecordTable table, int number, IReadOnlyList<SelectNode> select, string dataPath)
    {
        w.WriteStartObject();
        WriteAttributes(w, table, number, dataPath);
        foreach (var node in select)
        {
            w.WritePropertyName(node.Name);
            if (node.Field is { } field)
            {
                var own = table.Schema.Find(field.Name);
                w.WriteValue(own is null ? null : table.Get(number, own.Name), own?.Type == FieldType.Int);
            }
            else if (FieldPath.Follow(store, table.Get(number, node.Relationship!.Name) as string) is { } parent)
            {
                Write(w, store, parent.Table, parent.Number, node.Children, dataPath);
            }
            else
            {
                w.WriteNullValue();
            }
        }

        w.WriteEndObject();
    }

    /// <summary>Every field of the record in describe order (GET sobjects/{type}/{id}), or only <paramref name="fields"/>.</summary>
    public static void WriteAll(Utf8JsonWriter w, RecordTable table, int number, string dataPath, IReadOnlyList<FieldDefinition>? fields = null)
    {
        w.WriteStartObject();
        WriteAttributes(w, table, number, dataPath);
        foreach (var field in fields ?? table.Schema.Fields)
        {
            w.WritePropertyName(field.Name);
            w.WriteValue(table.Get(number, field.Name), field.Type == FieldType.Int);
        }

        w.WriteEndObject();
    }

    private static void WriteAttributes(Utf8JsonWriter w, RecordTable table, int number, string dataPath)
    {
        w.WriteStartObject("attributes");
        w.WriteString("type", table.Schema.Name);
        w.WriteString("url", $"{dataPath}/sobjects/{table.Schema.Name}/{table.IdOf(number)}");
        w.WriteEndObject();
    }
}
