using CrmSync.Core.Connectors;

namespace CrmSync.Core.Alerts;

/// <summary>
/// Settles pending intents against a lookup by alert key: a task found makes the intent open with that task; an
/// asked key with no task means the create never happened (the intent is dropped and the candidate, if it still
/// holds, is created again); a key not asked (too young for the search index, or another analyzer's) keeps waiting.
/// </summary>
internal static class PendingIntents
{
    public sealed record Settled(
        Dictionary<string, AlertState> Current,
        IReadOnlyList<AlertState> Recovered,
        IReadOnlyList<AlertState> Abandoned,
        IReadOnlyDictionary<string, CrmTaskState> TaskStates);

    public static Settled Settle(
        Dictionary<string, AlertState> current, IntentLookup lookup, IReadOnlyDictionary<string, CrmTaskState> taskStates)
    {
        var asked = lookup.AskedKeys.ToHashSet(StringComparer.Ordinal);
        var found = Oldest(lookup.Found);
        var states = new Dictionary<string, CrmTaskState>(taskStates, StringComparer.Ordinal);
        var recovered = new List<AlertState>();
        var abandoned = new List<AlertState>();
        foreach (var state in current.Values.Where(s => s.Status == AlertStatus.Pending && asked.Contains(s.Key)).ToList())
        {
            if (found.TryGetValue(state.Key, out var task))
            {
                var open = state with { TaskId = task.TaskId, Status = AlertStatus.Open };
                current[state.Key] = open;
                recovered.Add(open);
                states[task.TaskId] = task.State;
            }
            else
            {
                current.Remove(state.Key);
                abandoned.Add(state);
            }
        }

        return new Settled(current, recovered, abandoned, states);
    }

    /// <summary>One task per key: the oldest, should tasks made before intents were recorded have duplicated it.</summary>
    private static Dictionary<string, FoundTask> Oldest(IReadOnlyList<FoundTask> found) =>
        found.GroupBy(t => t.AlertKey, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(t => t.CreatedAt).ThenBy(t => t.TaskId.Length).ThenBy(t => t.TaskId, StringComparer.Ordinal).First(),
                StringComparer.Ordinal);
}
