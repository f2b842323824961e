using System.Text.Json.Serialization;

namespace CrmSync.HubSpot.Wire;

internal sealed class HsAssociationBatchInput
{
    public required string Id { get; init; }

    /// <summary>Continues one record's association paging.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? After { get; init; }
}
