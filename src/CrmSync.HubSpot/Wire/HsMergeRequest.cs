namespace CrmSync.HubSpot.Wire;

internal sealed class HsMergeRequest
{
    public required string PrimaryObjectId { get; init; }

    public required string ObjectIdToMerge { get; init; }
}
