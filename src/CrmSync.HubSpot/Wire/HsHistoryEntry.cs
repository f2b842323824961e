namespace CrmSync.HubSpot.Wire;

internal sealed class HsHistoryEntry
{
    public string? Value { get; init; }
    public DateTimeOffset Timestamp { get; init; }
    public string? SourceType { get; init; }
}
