using System.Text.Encodings.Web;
using System.Text.Json;
using CrmSync.Core.Records;

namespace CrmSync.Storage.Json;

/// <summary>The JSON columns of the store: record properties, associations, history, values and counts.</summary>
internal static class StorageJson
{
    // Stored JSON is never embedded in HTML, so only what JSON itself requires is escaped (smaller, faster).
    private static readonly StorageJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoAssociations =
        new Dictionary<string, IReadOnlyList<string>>();

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<PropertyHistoryEntry>> NoHistory =
        new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>>();

    public static string SerializeValues(IReadOnlyDictionary<string, string?> values) =>
        JsonSerializer.Serialize(values, Context.IReadOnlyDictionaryStringString);

    public static IReadOnlyDictionary<string, string?> DeserializeValues(string json, string what) =>
        Deserialize(json, Context.IReadOnlyDictionaryStringString, what);

    /// <summary>Null for no associations, so the common case stores nothing.</summary>
    public static string? SerializeAssociations(IReadOnlyDictionary<string, IReadOnlyList<string>> associations) =>
        associations.Count == 0 ? null : JsonSerializer.Serialize(associations, Context.IReadOnlyDictionaryStringIReadOnlyListString);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DeserializeAssociations(string? json, string what) =>
        json is null ? NoAssociations : Deserialize(json, Context.IReadOnlyDictionaryStringIReadOnlyListString, what);

    /// <summary>Null for no history, so the common case stores nothing.</summary>
    public static string? SerializeHistory(IReadOnlyDictionary<string, IReadOnlyList<PropertyHistoryEntry>> history) =>
        history.Count == 0 ? null : JsonSerializer.Serialize(history, Context.IReadOnlyDictionaryStringIReadOnlyListPropertyHistoryEntry);

    public static IReadOnlyDictionary<string, IReadOnlyList<PropertyHistoryEntry>> DeserializeHistory(string? json, string what) =>
        json is null ? NoHistory : Deserialize(json, Context.IReadOnlyDictionaryStringIReadOnlyListPropertyHistoryEntry, what);

    public static string SerializeCounts(IReadOnlyDictionary<string, long> counts) =>
        JsonSerializer.Serialize(counts, Context.IReadOnlyDictionaryStringInt64);

    public static IReadOnlyDictionary<string, long> DeserializeCounts(string? json, string what) =>
        json is null ? new Dictionary<string, long>() : Deserialize(json, Context.IReadOnlyDictionaryStringInt64, what);

    private static T Deserialize<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string what)
    {
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo)
                ?? throw new InvalidDataException($"Stored JSON of {what} is null.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Stored JSON of {what} is invalid: {ex.Message}", ex);
        }
    }
}
