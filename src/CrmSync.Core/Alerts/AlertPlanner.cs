using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;

namespace CrmSync.Core.Alerts;

/// <summary>
/// Decides which alert tasks to create and which alerts are over. One task per key: none while the earlier task is
/// open, none when the owner completed or deleted it while the condition still holds (acknowledged); a key whose
/// state is resolved is a new occurrence and alerts again.
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
    /// <exception cref="ArgumentException">Two candidates share a key.</exception>
    public static AlertPlan Plan(
        IReadOnlyList<AlertCandidate> candidates,
        IReadOnlyList<AlertState> existing,
        IReadOnlyDictionary<string, CrmTaskState> taskStates,
        DateTimeOffset now,
        IReadOnlySet<string>? evaluatedAlertTypes = null)
    {
        var candidateKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (!candidateKeys.Add(candidate.Key))
            {
                throw new ArgumentException($"Alert key '{candidate.Key}' appears twice in one run.", nameof(candidates));
            }
        }

        var current = CurrentByKey(existing);
        var toCreate = new List<AlertCandidate>();
        var acknowledged = new List<AlertState>();
        var stillOpen = 0;
        foreach (var candidate in candidates)
        {
            if (!current.TryGetValue(candidate.Key, out var state) || state.Status == AlertStatus.Resolved)
            {
                toCreate.Add(candidate);
            }
            else if (IsClosedByOwner(state, taskStates))
            {
                acknowledged.Add(state);
            }
            else
            {
                stillOpen++;
            }
        }

        var toResolve = existing
            .Where(s => s.Status == AlertStatus.Open && !candidateKeys.Contains(s.Key))
            .Where(s => evaluatedAlertTypes is null || evaluatedAlertTypes.Contains(s.AlertType))
            .Select(s => s with { Status = AlertStatus.Resolved, ResolvedAt = now })
            .ToList();

        return new AlertPlan(toCreate, toResolve, acknowledged, stillOpen);
    }

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
        && task is CrmTaskState.Completed or CrmTaskState.Gone;

    /// <summary>One state per key; should the store hold several, an open one wins, then the newest.</summary>
    private static Dictionary<string, AlertState> CurrentByKey(IReadOnlyList<AlertState> existing) =>
        existing
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(s => s.Status == AlertStatus.Open ? 0 : 1).ThenByDescending(s => s.CreatedAt).First(),
                StringComparer.Ordinal);
}
