namespace CrmSync.Salesforce.Wire;

/// <summary>getDeleted's answer (salesforce-api.md §4.3).</summary>
internal sealed class SfDeletedResult
{
    public List<SfDeletedRecord> DeletedRecords { get; set; } = [];

    public string? EarliestDateAvailable { get; set; }

    public string? LatestDateCovered { get; set; }
}
