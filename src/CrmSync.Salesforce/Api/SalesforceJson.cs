using System.Text.Json;
using System.Text.Json.Serialization;
using CrmSync.Salesforce.Wire;
using Refit;

namespace CrmSync.Salesforce.Api;

internal static class SalesforceJson
{
    /// <summary>One shared instance: System.Text.Json caches type metadata per options object.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    public static SystemTextJsonContentSerializer Serializer { get; } = new(Options);

    public static RefitSettings Settings { get; } = new(Serializer);

    private static JsonSerializerOptions Create()
    {
        var options = SystemTextJsonContentSerializer.GetDefaultJsonSerializerOptions();
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new SfRecordConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
