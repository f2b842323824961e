namespace CrmSync.Sandbox.Salesforce.Data;

/// <summary>Seeded records regenerated from their number (1-based) instead of stored, as the HubSpot seed does.</summary>
internal interface IRecordSource
{
    int Count { get; }

    /// <summary>The seeded value of a field (canonical API name), or null. Id and computed fields are not asked.</summary>
    object? Get(int number, string field);
}
