using CrmSync.Core.Connectors;

namespace CrmSync.Core.Alerts;

/// <summary>
/// What the CRM's search answered for <see cref="AlertPlanner.KeysToLookUp"/>: the keys asked and the tasks found by
/// them. An asked key with no task found has no task in the CRM; a pending intent whose key was not asked keeps
/// waiting, so a lookup that was skipped can never cause a second task.
/// </summary>
public sealed record IntentLookup(IReadOnlyCollection<string> AskedKeys, IReadOnlyList<FoundTask> Found)
{
    public static IntentLookup None { get; } = new([], []);
}
