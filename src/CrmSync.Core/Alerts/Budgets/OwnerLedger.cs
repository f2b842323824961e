using CrmSync.Core.Connectors;

namespace CrmSync.Core.Alerts.Budgets;

/// <summary>
/// Per owner: tasks CrmSync created today (UTC, including creates whose answer is pending) and CrmSync tasks open now
/// (not completed, deferred or deleted by the owner), plus those counted during this run.
/// </summary>
internal sealed class OwnerLedger
{
    private readonly Dictionary<string, int> _createdToday = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);

    public OwnerLedger(IReadOnlyList<AlertState> states, IReadOnlyDictionary<string, CrmTaskState> taskStates, DateTimeOffset now)
    {
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        foreach (var state in states)
        {
            var owner = DigestKeys.OwnerPart(state.OwnerId);
            var hasTask = state.TaskId is not null || state.Status == AlertStatus.Pending;
            if (hasTask && state.CreatedAt >= dayStart)
                Increment(_createdToday, owner);
            if (state.Status == AlertStatus.Pending || (state.Status == AlertStatus.Open && IsOpen(state, taskStates)))
                Increment(_open, owner);
        }
    }

    public int CreatedToday(string owner) => _createdToday.GetValueOrDefault(owner);

    public int Open(string owner) => _open.GetValueOrDefault(owner);

    /// <summary>A task created in this run: counts today and open.</summary>
    public void Count(string owner)
    {
        Increment(_createdToday, owner);
        Increment(_open, owner);
    }

    private static bool IsOpen(AlertState state, IReadOnlyDictionary<string, CrmTaskState> taskStates) =>
        state.AcknowledgedAt is null
        && (state.TaskId is null || !taskStates.TryGetValue(state.TaskId, out var task) || task == CrmTaskState.Open);

    private static void Increment(Dictionary<string, int> counts, string owner) => counts[owner] = counts.GetValueOrDefault(owner) + 1;
}
