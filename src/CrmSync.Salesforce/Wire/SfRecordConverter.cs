using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSync.Salesforce.Wire;

/// <summary>
/// Reads a query row field by field (no intermediate DOM, so a 2,000-row page costs one dictionary per row). Field
/// names are pooled: every row repeats the same dozen names.
/// </summary>
internal sealed class SfRecordConverter : JsonConverter<SfRecord>
{
    private static readonly NamePool Names = new();

    public override SfRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var record = new SfRecord();
        ReadObject(ref reader, record, prefix: null);
        return record;
    }

    public override void Write(Utf8JsonWriter writer, SfRecord value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Query rows are read, never written.");

    private static void ReadObject(ref Utf8JsonReader reader, SfRecord record, string? prefix)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("A query row must be a JSON object.");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = Names.Get(reader.ValueSpan, prefix);
            reader.Read();
            if (name.EndsWith("attributes", StringComparison.Ordinal) && reader.TokenType == JsonTokenType.StartObject)
            {
                ReadAttributes(ref reader, record, prefix is null);
                continue;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    ReadObject(ref reader, record, name);
                    break;
                case JsonTokenType.StartArray:
                    Skip(ref reader);
                    break;
                case JsonTokenType.Null:
                    record.Fields[name] = null;
                    break;
                case JsonTokenType.True:
                    record.Fields[name] = "true";
                    break;
                case JsonTokenType.False:
                    record.Fields[name] = "false";
                    break;
                case JsonTokenType.String:
                    record.Fields[name] = SalesforceDates.Normalize(reader.GetString());
                    break;
                default:
                    record.Fields[name] = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
                    break;
            }
        }
    }

    private static void ReadAttributes(ref Utf8JsonReader reader, SfRecord record, bool top)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var isType = reader.ValueTextEquals("type");
            reader.Read();
            if (isType && top && reader.TokenType == JsonTokenType.String)
                record.Type = reader.GetString();
            else
                Skip(ref reader);
        }
    }

    // The serializer hands a converter the whole value, so TrySkip cannot run short (Skip refuses on a streamed read).
    private static void Skip(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
            throw new JsonException("A query row ended early.");
    }
}
