using System.Globalization;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;

namespace CrmSync.Core.Alerts.Budgets;

/// <summary>
/// Decides which of the alerts the planner would create get a task now. In priority order (<see cref="AlertPriorityOrder"/>):
/// a backlog (conditions that held when CrmSync first evaluated their type) is held or digested as
/// <c>Alerts:Backlog</c> says; a record snoozed after its owner completed a task for the rule waits; an alert type in
/// digest mode goes to the owner's digest; the rest are created while the budgets last (per run, per owner per UTC
/// day, open tasks per owner) and wait for a later run otherwise. Nothing is dropped: every alert comes back either
/// created or held with its reason.
/// </summary>
public static class AlertGate
{
    /// <param name="toCreate">The planner's <see cref="AlertPlan.ToCreate"/>.</param>
    /// <param name="existing">Stored states of the connector's alerts (digest tasks may be included; they are ignored).</param>
    /// <param name="taskStates">CRM task states by task id, as given to the planner.</param>
    /// <param name="firstRunTypes">Alert types evaluated for the first time on this connector: their conditions are a backlog.</param>
    public static GatedAlerts Decide(
        IReadOnlyList<AlertCandidate> toCreate,
        IReadOnlyList<AlertState> existing,
        IReadOnlyDictionary<string, CrmTaskState> taskStates,
        IReadOnlySet<string> firstRunTypes,
        AlertOptions options,
        DateTimeOffset now)
    {
        var states = existing.Where(s => s.AlertType != DigestKeys.AlertType).ToList();
        var byKey = states.GroupBy(s => s.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ledger = new OwnerLedger(states, taskStates, now);
        var snoozedUntil = SnoozedUntil(states, options.SnoozeAfterCompletion, now);
        var budget = options.Budget;
        var created = new List<AlertCandidate>();
        var held = new List<HeldAlert>();

        var ordered = toCreate.Select(c => c with { OwnerId = options.EffectiveOwner(c.OwnerId) })
            .Order(new AlertPriorityOrder(options.PriorityRule));
        foreach (var candidate in ordered)
        {
            byKey.TryGetValue(candidate.Key, out var state);
            var isBacklog = state?.Status == AlertStatus.Backlog || (state is null && firstRunTypes.Contains(candidate.AlertType));
            var owner = DigestKeys.OwnerPart(candidate.OwnerId);
            if (isBacklog && options.Backlog == BacklogMode.Hold)
            {
                held.Add(new(candidate, HoldReason.Backlog,
                    state?.Status == AlertStatus.Backlog && state.Reason is { } reason ? reason
                        : $"backlog: the condition already held when CrmSync first evaluated {candidate.AlertType} ({now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}); Alerts:Backlog is Hold"));
            }
            else if (snoozedUntil.TryGetValue((candidate.AlertType, candidate.ObjectType, candidate.RecordId), out var until))
            {
                held.Add(new(candidate, HoldReason.Snoozed,
                    $"snoozed until {until.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC: the owner completed or deferred a task for this rule and record (Alerts:SnoozeAfterCompletion)"));
            }
            else if (PeriodFor(candidate, isBacklog, options) is var period and not DigestPeriod.Off)
            {
                held.Add(new(candidate, HoldReason.Digest, DigestKeys.For(candidate.OwnerId, period, now)));
            }
            else if (created.Count >= budget.MaxNewTasksPerRun)
            {
                held.Add(new(candidate, HoldReason.RunBudget, $"budget: Alerts:Budget:MaxNewTasksPerRun ({budget.MaxNewTasksPerRun}) reached in this run"));
            }
            else if (ledger.CreatedToday(owner) >= budget.MaxNewTasksPerOwnerPerDay)
            {
                held.Add(new(candidate, HoldReason.OwnerDailyBudget,
                    $"budget: Alerts:Budget:MaxNewTasksPerOwnerPerDay ({budget.MaxNewTasksPerOwnerPerDay}) reached for owner {owner} today (UTC)"));
            }
            else if (ledger.Open(owner) >= budget.MaxOpenTasksPerOwner)
            {
                held.Add(new(candidate, HoldReason.OwnerOpenCap,
                    $"budget: owner {owner} has {ledger.Open(owner)} CrmSync tasks open (Alerts:Budget:MaxOpenTasksPerOwner {budget.MaxOpenTasksPerOwner})"));
            }
            else
            {
                created.Add(candidate);
                ledger.Count(owner);
            }
        }

        return new GatedAlerts(created, held);
    }

    private static DigestPeriod PeriodFor(AlertCandidate candidate, bool isBacklog, AlertOptions options)
    {
        var period = options.Digest.PeriodFor(candidate.AlertType);
        // A backlog sent to the digest needs a period even when digest mode is off for its type.
        return isBacklog && options.Backlog == BacklogMode.Digest && period == DigestPeriod.Off ? DigestPeriod.Daily : period;
    }

    /// <summary>(type, object, record) → end of the snooze, for records whose owner closed a task within the snooze.</summary>
    private static Dictionary<(string, string, string), DateTimeOffset> SnoozedUntil(
        IReadOnlyList<AlertState> states, TimeSpan snooze, DateTimeOffset now) =>
        states.Where(s => s.AcknowledgedAt is { } at && at + snooze > now)
            .GroupBy(s => (s.AlertType, s.ObjectType, s.RecordId))
            .ToDictionary(g => g.Key, g => g.Max(s => s.AcknowledgedAt!.Value) + snooze);
}
