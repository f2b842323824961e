using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrmSync.Sandbox.Salesforce.Data;

namespace CrmSync.Sandbox.Salesforce.Http;

/// <summary>Writes Salesforce's JSON: typed values (numbers as numbers with a fraction, dates, +0000 datetimes) and error arrays.</summary>
internal static class SalesforceJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SalesforceResponse Response(int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return new SalesforceResponse(status, buffer.WrittenMemory);
    }

    public static byte[] Bytes(Action<Utf8JsonWriter> write) => Response(200, write).Body.ToArray();

    /// <summary>REST error body: <c>[{"message":…,"errorCode":…,"fields":[…]}]</c> (salesforce-api.md §11).</summary>
    public static SalesforceResponse Error(int status, string errorCode, string message, IReadOnlyList<string>? fields = null) =>
        Response(status, w =>
        {
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteString("message", message);
            w.WriteString("errorCode", errorCode);
            if (fields is not null)
            {
                w.WriteStartArray("fields");
                fields.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndArray();
        });

    public static SalesforceResponse NotFound() => Error(404, "NOT_FOUND", "The requested resource does not exist");

    public static void WriteValue(this Utf8JsonWriter writer, object? value, bool integer = false)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case double number when integer:
                writer.WriteNumberValue((long)number);
                break;
            case double number when Math.Abs(number) < 1e15 && number == Math.Floor(number):
                writer.WriteRawValue(((long)number).ToString(CultureInfo.InvariantCulture) + ".0", skipInputValidation: true);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case DateOnly date:
                writer.WriteStringValue(SalesforceTime.Format(date));
                break;
            case DateTime time:
                writer.WriteStringValue(SalesforceTime.Format(time));
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>A save result: <c>{"id":…,"success":…,"errors":[{"statusCode","message","fields"}]}</c>.</summary>
    public static void WriteSaveResult(this Utf8JsonWriter writer, string? id, IReadOnlyList<SaveError> errors, bool? created = null)
    {
        writer.WriteStartObject();
        if (id is null)
        {
            writer.WriteNull("id");
        }
        else
        {
            writer.WriteString("id", id);
        }

        writer.WriteBoolean("success", errors.Count == 0);
        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("statusCode", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteStartArray("fields");
            foreach (var field in error.Fields)
            {
                writer.WriteStringValue(field);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (created is { } flag)
        {
            writer.WriteBoolean("created", flag);
        }

        writer.WriteEndObject();
    }
}
