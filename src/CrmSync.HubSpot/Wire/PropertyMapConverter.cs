using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSync.HubSpot.Wire;

/// <summary>
/// Reads a <c>properties</c> map. Property names repeat on every record (100,000 contacts carry the same dozen
/// names), so names come from a shared pool instead of a new string per record. Values HubSpot documents as strings
/// but some fakes send as numbers or booleans are kept as their JSON text.
/// </summary>
internal sealed class PropertyMapConverter : JsonConverter<Dictionary<string, string?>>
{
    private const int MaxPooledNames = 8_192;
    private const int MaxPooledNameLength = 128;
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NameLookup =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    public override Dictionary<string, string?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"Expected a properties object, got {reader.TokenType}.");

        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = ReadName(ref reader);
            reader.Read();
            map[name] = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => RawText(ref reader),
                _ => throw new JsonException($"Property '{name}' has a {reader.TokenType} value; HubSpot property values are strings."),
            };
        }

        return reader.TokenType == JsonTokenType.EndObject ? map : throw new JsonException("Unterminated properties object.");
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, string?> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, text) in value)
            writer.WriteString(name, text);
        writer.WriteEndObject();
    }

    private static string RawText(ref Utf8JsonReader reader) =>
        System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);

    private static string ReadName(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxPooledNameLength)
            return reader.GetString()!;

        Span<char> buffer = stackalloc char[MaxPooledNameLength];
        var written = reader.CopyString(buffer);
        var span = buffer[..written];
        if (NameLookup.TryGetValue(span, out var pooled))
            return pooled;
        var name = span.ToString();
        if (Names.Count < MaxPooledNames)
            Names.TryAdd(name, name);
        return name;
    }
}
