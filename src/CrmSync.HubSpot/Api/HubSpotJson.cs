using System.Text.Json;
using System.Text.Json.Serialization;
using Refit;

namespace CrmSync.HubSpot.Api;

internal static class HubSpotJson
{
    /// <summary>One shared instance: System.Text.Json caches type metadata per options object.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    public static SystemTextJsonContentSerializer Serializer { get; } = new(Options);

    private static JsonSerializerOptions Create()
    {
        var options = SystemTextJsonContentSerializer.GetDefaultJsonSerializerOptions();
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
