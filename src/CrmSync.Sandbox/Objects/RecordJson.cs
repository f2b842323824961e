using System.Globalization;
using System.Text.Json;
using CrmSync.Sandbox.Associations;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Objects;

/// <summary>Writes SimplePublicObject(WithAssociations): id, properties (all strings or null), timestamps, archived, extras.</summary>
internal static class RecordJson
{
    public static void Write(Utf8JsonWriter w, SandboxStore store, ObjectTable table, long id, RecordProjection projection, string? objectWriteTraceId = null)
    {
        w.WriteStartObject();
        w.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
        WriteProperties(w, table, id, projection);
        w.WriteString("createdAt", SeedTime.Iso(table.CreatedMs(id)));
        w.WriteString("updatedAt", SeedTime.Iso(table.UpdatedMs(id)));
        var archived = table.Exists(id, archivedOnly: true);
        w.WriteBoolean("archived", archived);
        if (archived && table.ArchivedMs(id) is { } archivedAt)
        {
            w.WriteString("archivedAt", SeedTime.Iso(archivedAt));
        }

        if (projection.Associations.Count > 0)
        {
            WriteAssociations(w, store, table, id, projection.Associations);
        }

        if (projection.History.Count > 0)
        {
            WriteHistory(w, table, id, projection.History);
        }

        if (objectWriteTraceId is not null)
        {
            w.WriteString("objectWriteTraceId", objectWriteTraceId);
        }

        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, ObjectTable table, long id, RecordProjection projection)
    {
        w.WriteStartObject("properties");
        if (ReferenceEquals(projection, RecordProjection.AllValues))
        {
            foreach (var (name, value) in table.GetAllValues(id).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.WriteString(name, value);
            }
        }
        else
        {
            foreach (var name in projection.Properties)
            {
                w.WriteString(name, table.GetValue(id, name));
            }
        }

        w.WriteEndObject();
    }

    private static void WriteAssociations(Utf8JsonWriter w, SandboxStore store, ObjectTable table, long id, IReadOnlyList<ObjectTypeInfo> types)
    {
        var from = table.Type.Kind;
        var written = false;
        foreach (var to in types)
        {
            var links = store.Associations.Get(from, id, to.Kind);
            if (links.Count == 0)
            {
                continue;
            }

            if (!written)
            {
                w.WriteStartObject("associations");
                written = true;
            }

            w.WriteStartObject(to.Name);
            w.WriteStartArray("results");
            foreach (var link in links)
            {
                foreach (var typeId in link.TypeIds)
                {
                    w.WriteStartObject();
                    w.WriteString("id", link.ToId.ToString(CultureInfo.InvariantCulture));
                    w.WriteString("type", AssociationTypes.Find(from, typeId)?.Name ?? typeId.ToString(CultureInfo.InvariantCulture));
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        if (written)
        {
            w.WriteEndObject();
        }
    }

    private static void WriteHistory(Utf8JsonWriter w, ObjectTable table, long id, IReadOnlyList<string> properties)
    {
        w.WriteStartObject("propertiesWithHistory");
        foreach (var property in properties)
        {
            w.WriteStartArray(property);
            foreach (var entry in table.GetHistory(id, property))
            {
                w.WriteStartObject();
                w.WriteString("value", entry.Value ?? "");
                w.WriteString("timestamp", SeedTime.Iso(entry.TimestampMs));
                w.WriteString("sourceType", entry.SourceType);
                if (entry.SourceId is not null)
                {
                    w.WriteString("sourceId", entry.SourceId);
                }

                if (entry.UpdatedByUserId is { } userId)
                {
                    w.WriteNumber("updatedByUserId", userId);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }
}
