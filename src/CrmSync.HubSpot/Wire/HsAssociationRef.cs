using System.Text.Json.Serialization;

namespace CrmSync.HubSpot.Wire;

internal sealed class HsAssociationRef
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string Id { get; init; } = "";
    public string? Type { get; init; }
}
