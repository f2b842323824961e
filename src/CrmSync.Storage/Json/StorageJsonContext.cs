using System.Text.Json.Serialization;
using CrmSync.Core.Records;

namespace CrmSync.Storage.Json;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string?>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, IReadOnlyList<string>>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, IReadOnlyList<PropertyHistoryEntry>>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, long>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
