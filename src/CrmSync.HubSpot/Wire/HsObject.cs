using System.Text.Json.Serialization;

namespace CrmSync.HubSpot.Wire;

/// <summary>A CRM object as HubSpot returns it from list, search, batch read and create.</summary>
internal sealed class HsObject
{
    public string Id { get; init; } = "";
    [JsonConverter(typeof(PropertyMapConverter))]
    public Dictionary<string, string?>? Properties { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public bool Archived { get; init; }
    public Dictionary<string, HsAssociationCollection>? Associations { get; init; }
    public Dictionary<string, List<HsHistoryEntry>>? PropertiesWithHistory { get; init; }

    /// <summary>The objectWriteTraceId of the batch input this result answers (batch writes only).</summary>
    public string? ObjectWriteTraceId { get; init; }
}
