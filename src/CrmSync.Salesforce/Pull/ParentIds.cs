namespace CrmSync.Salesforce.Pull;

/// <summary>
/// The parent records of one page whose children are read. A page of a full pull is a run of consecutive ids (the
/// query is ordered by Id), so one range condition selects exactly its children; an incremental page's ids are
/// scattered, so they go in IN lists.
/// </summary>
internal sealed record ParentIds(IReadOnlyList<string> Ids, bool Consecutive)
{
    public HashSet<string> Set { get; } = Ids.ToHashSet(StringComparer.Ordinal);
}
