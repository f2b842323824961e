using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;

namespace CrmSync.Core.Alerts;

/// <summary>
/// Decides which alert tasks to create and which alerts are over. One task per key: none while the earlier task is
/// open, none when the owner completed or deleted it while the condition still holds (acknowledged); a key whose
/// state is resolved is a new occurrence and alerts again. A pending intent (a create whose outcome is unknown) is
/// never created again blindly: it waits out the CRM's search-index lag, then is looked up by key
/// (<see cref="KeysToLookUp"/>) and either recovered (task found) or dropped (no task: created again if it holds).
/// </summary>
public static class AlertPlanner
{
    /// <param name="candidates">Every alert condition that holds in this run.</param>
    /// <param name="existing">Stored alert states of the connector.</param>
    /// <param name="taskStates">CRM task states by task id (<see cref="TaskIdsToCheck"/>); a missing id counts as open.</param>
    /// <param name="now">Resolution time.</param>
    /// <param name="evaluatedAlertTypes">
    /// Alert types this run evaluated; open alerts of other types are left alone (e.g. a disabled analyzer).
    /// Null = every type was evaluated.
    /// </param>
    /// <param name="intents">The lookup of <see cref="KeysToLookUp"/>; null = none was made (every pending intent waits).</param>
    /// <exception cref="ArgumentException">Two candidates share a key.</exception>
    public static AlertPlan Plan(
        IReadOnlyList<AlertCandidate> candidates,
        IReadOnlyList<AlertState> existing,
        IReadOnlyDictionary<string, CrmTaskState> taskStates,
        DateTimeOffset now,
        IReadOnlySet<string>? evaluatedAlertTypes = null,
        IntentLookup? intents = null)
    {
        var candidateKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (!candidateKeys.Add(candidate.Key))
            {
                throw new ArgumentException($"Alert key '{candidate.Key}' appears twice in one run.", nameof(candidates));
            }
        }

        var settled = PendingIntents.Settle(CurrentByKey(existing), intents ?? IntentLookup.None, taskStates);
        var current = settled.Current;
        var toCreate = new List<AlertCandidate>();
        var acknowledged = new List<AlertState>();
        var stillOpen = 0;
        foreach (var candidate in candidates)
        {
            if (!current.TryGetValue(candidate.Key, out var state) || state.Status == AlertStatus.Resolved || state.IsHeld)
            {
                toCreate.Add(candidate);
            }
            else if (state.Status == AlertStatus.Pending)
            {
                // Its task may exist and not be searchable yet: counted in Waiting below.
            }
            else if (IsClosedByOwner(state, settled.TaskStates))
            {
                acknowledged.Add(state);
            }
            else
            {
                stillOpen++;
            }
        }

        bool Over(AlertState s) =>
            !candidateKeys.Contains(s.Key) && (evaluatedAlertTypes is null || evaluatedAlertTypes.Contains(s.AlertType));
        // A held alert (deferred, backlog, in a digest) whose condition cleared leaves the queue the same way.
        var toResolve = current.Values.Where(s => s.Status == AlertStatus.Open || s.IsHeld)
            .Concat(settled.Abandoned)
            .Where(Over)
            .Select(s => s with { Status = AlertStatus.Resolved, ResolvedAt = now })
            .ToList();

        return new AlertPlan(toCreate, toResolve, acknowledged, stillOpen)
        {
            Recovered = settled.Recovered,
            Waiting = current.Values.Where(s => s.Status == AlertStatus.Pending).ToList(),
        };
    }

    /// <summary>
    /// Keys of the pending intents to look up in the CRM: those of evaluated types recorded at least
    /// <paramref name="indexLag"/> ago, so that a task created with them would already be searchable.
    /// </summary>
    public static IReadOnlyList<string> KeysToLookUp(
        IReadOnlyList<AlertState> existing, DateTimeOffset now, TimeSpan indexLag, IReadOnlySet<string>? evaluatedAlertTypes = null) =>
        CurrentByKey(existing).Values
            .Where(s => s.Status == AlertStatus.Pending && now - s.CreatedAt >= indexLag)
            .Where(s => evaluatedAlertTypes is null || evaluatedAlertTypes.Contains(s.AlertType))
            .Select(s => s.Key)
            .ToList();

    /// <summary>The task ids whose CRM state the planner needs: those of open alerts.</summary>
    public static IReadOnlyList<string> TaskIdsToCheck(IReadOnlyList<AlertState> existing) =>
        existing
            .Where(s => s.Status == AlertStatus.Open && !string.IsNullOrEmpty(s.TaskId))
            .Select(s => s.TaskId!)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static bool IsClosedByOwner(AlertState state, IReadOnlyDictionary<string, CrmTaskState> taskStates) =>
        state.TaskId is not null
        && taskStates.TryGetValue(state.TaskId, out var task)
        && task is CrmTaskState.Completed or CrmTaskState.Gone or CrmTaskState.Deferred;

    /// <summary>One state per key; should the store hold several, an open one wins, then a pending one, then the newest.</summary>
    private static Dictionary<string, AlertState> CurrentByKey(IReadOnlyList<AlertState> existing) =>
        existing
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(s => s.Status switch { AlertStatus.Open => 0, AlertStatus.Pending => 1, _ => 2 })
                    .ThenByDescending(s => s.CreatedAt).First(),
                StringComparer.Ordinal);
}
