namespace CrmSync.Core.Alerts.Budgets;

/// <summary>One owner's alerts of one type in one run: created now, deferred by a budget, snoozed, held as backlog, in a digest.</summary>
public sealed record AlertBudgetLine(string Owner, string AlertType, int Created, int DeferredByBudget, int Snoozed, int Backlog, int InDigest)
{
    /// <summary>Per owner and type, owners and types in ordinal order.</summary>
    public static IReadOnlyList<AlertBudgetLine> From(GatedAlerts gated) =>
        gated.Create.Select(c => (c.OwnerId, c.AlertType, Reason: (HoldReason?)null))
            .Concat(gated.Held.Select(h => (h.Candidate.OwnerId, h.Candidate.AlertType, Reason: (HoldReason?)h.Reason)))
            .GroupBy(e => (Owner: DigestKeys.OwnerPart(e.OwnerId), e.AlertType))
            .OrderBy(g => g.Key.Owner, StringComparer.Ordinal).ThenBy(g => g.Key.AlertType, StringComparer.Ordinal)
            .Select(g => new AlertBudgetLine(g.Key.Owner, g.Key.AlertType,
                g.Count(e => e.Reason is null),
                g.Count(e => e.Reason is HoldReason.RunBudget or HoldReason.OwnerDailyBudget or HoldReason.OwnerOpenCap),
                g.Count(e => e.Reason == HoldReason.Snoozed),
                g.Count(e => e.Reason == HoldReason.Backlog),
                g.Count(e => e.Reason == HoldReason.Digest)))
            .ToList();
}
