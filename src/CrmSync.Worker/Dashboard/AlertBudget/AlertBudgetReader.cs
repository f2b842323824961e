using CrmSync.Core.Alerts;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Core.Records;
using CrmSync.Storage;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Dashboard.AlertBudget;

/// <summary>
/// Per owner and alert type, the connector's alert budget from the store: the last run's budget lines
/// (<see cref="ConnectorDocuments.GetAlertBudgetAsync"/>) joined with the alert states' statuses now.
/// </summary>
public sealed class AlertBudgetReader(IRecordStore store, ConnectorDocuments documents, TimeProvider time)
{
    public async Task<IReadOnlyList<OwnerAlertBudget>> ReadAsync(string connector, CancellationToken ct)
    {
        var lastRun = (await documents.GetAlertBudgetAsync(connector, ct))
            .ToDictionary(l => (l.Owner, l.AlertType));
        var states = (await store.GetAlertsAsync(connector, ct))
            .Where(s => s.AlertType != DigestKeys.AlertType)
            .ToLookup(s => (Owner: DigestKeys.OwnerPart(s.OwnerId), s.AlertType));
        var owners = (await documents.GetOwnersAsync(connector, ct)).ToDictionary(o => o.Id, NameOf, StringComparer.Ordinal);
        var today = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        return lastRun.Keys.Union(states.Select(g => g.Key))
            .OrderBy(k => k.Owner, StringComparer.Ordinal).ThenBy(k => k.AlertType, StringComparer.Ordinal)
            .Select(key =>
            {
                var line = lastRun.GetValueOrDefault(key);
                var alerts = states[key].ToList();
                return new OwnerAlertBudget(
                    key.Owner,
                    owners.GetValueOrDefault(key.Owner) ?? key.Owner,
                    key.AlertType,
                    line?.Created ?? 0,
                    (line?.DeferredByBudget ?? 0) + (line?.Snoozed ?? 0),
                    alerts.Count(a => a.TaskId is not null && a.Status is AlertStatus.Open or AlertStatus.Resolved && a.CreatedAt >= today),
                    alerts.Count(a => a.Status == AlertStatus.Deferred),
                    alerts.Count(a => a.Status == AlertStatus.Backlog),
                    alerts.Count(a => a.Status == AlertStatus.Digested));
            })
            .Where(b => b.CreatedLastRun + b.DeferredLastRun + b.CreatedToday + b.Waiting + b.Backlog + b.InDigest > 0)
            .ToList();
    }

    private static string NameOf(CrmOwner owner)
    {
        var name = $"{owner.FirstName} {owner.LastName}".Trim();
        return name.Length > 0 ? name : owner.Email ?? owner.Id;
    }
}
