using CrmSync.Core.Records;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Both records as CrmSync last pulled them, saved before an auto-merge (HubSpot merges cannot be undone; dedupe.md §8
/// asks for an undo snapshot), then completed with the id of the record the merge produced. Stored as the document
/// <c>merge-snapshot:{ObjectType}:{MergedId}</c> of the connector.
/// </summary>
/// <param name="Primary">The record merged into (null when the store did not hold it).</param>
/// <param name="Merged">The record merged away (null when the store did not hold it).</param>
/// <param name="ResultId">The id the CRM answered for the merged record; null until the merge succeeded.</param>
public sealed record MergeSnapshot(
    string ObjectType,
    string PrimaryId,
    string MergedId,
    double Probability,
    string Reason,
    DateTimeOffset TakenAt,
    CrmRecord? Primary,
    CrmRecord? Merged,
    string? ResultId = null,
    DateTimeOffset? MergedAt = null)
{
    public static string DocumentKey(string objectType, string mergedId) => $"merge-snapshot:{objectType}:{mergedId}";
}
