using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrmSync.Sandbox.Http;

/// <summary>Writes response bodies straight to UTF-8 so every field, null and absence is exactly what HubSpot sends.</summary>
internal static class JsonOut
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SandboxResponse Response(int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return new SandboxResponse(status, buffer.WrittenMemory);
    }

    /// <summary>200 with {"results":[...]}: the unpaged list shape.</summary>
    public static SandboxResponse Results<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem) =>
        Response(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("results");
            foreach (var item in items)
            {
                writeItem(w, item);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    /// <summary>"paging":{"next":{"after":…,"link":…}}; search responses carry no link.</summary>
    public static void WriteNextPage(this Utf8JsonWriter writer, string after, string? link = null)
    {
        writer.WriteStartObject("paging");
        writer.WriteStartObject("next");
        writer.WriteString("after", after);
        if (link is not null)
        {
            writer.WriteString("link", link);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void WriteStringArray(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static void WriteEmptyObject(this Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        writer.WriteEndObject();
    }
}
