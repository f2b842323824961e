using CrmSync.Core.Analysis;

namespace CrmSync.Core.Alerts.Budgets;

/// <summary>What <see cref="AlertGate"/> let through: tasks to create now (most urgent first) and alerts that wait.</summary>
public sealed record GatedAlerts(IReadOnlyList<AlertCandidate> Create, IReadOnlyList<HeldAlert> Held)
{
    public IEnumerable<HeldAlert> Digested => Held.Where(h => h.Reason == HoldReason.Digest);

    public int Count(HoldReason reason) => Held.Count(h => h.Reason == reason);

    /// <summary>Alerts deferred by one of the budgets (not by a snooze, the backlog or a digest).</summary>
    public int DeferredByBudget => Held.Count(h => h.Reason is HoldReason.RunBudget or HoldReason.OwnerDailyBudget or HoldReason.OwnerOpenCap);
}
