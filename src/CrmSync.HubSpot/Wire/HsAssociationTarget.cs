using System.Text.Json.Serialization;

namespace CrmSync.HubSpot.Wire;

internal sealed class HsAssociationTarget
{
    /// <summary>A string in the spec; some live responses send a number.</summary>
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string ToObjectId { get; init; } = "";
}
