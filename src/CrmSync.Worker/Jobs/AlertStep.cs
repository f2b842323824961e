using CrmSync.Core.Alerts;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Core.Connectors;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Turns alert candidates into CRM tasks exactly once per occurrence, whatever fails, within the connector's alert
/// budgets. The planner decides what deserves a task (<see cref="AlertPlanner"/>); the gate (<see cref="AlertGate"/>)
/// decides what gets one now, in priority order, and what waits (budget, snooze), is held (first-run backlog) or goes
/// to its owner's digest (<see cref="DigestWriter"/>); every held alert is saved with its reason and offered again
/// next run while its condition holds. The intent (key, pending) is saved before a create is sent
/// (<see cref="AlertTaskCreator"/>); an intent left pending is looked up by its alert key once the CRM's search index
/// has caught up (<see cref="ICrmConnector.SearchIndexLag"/>). A task is never recreated while the earlier one is
/// open, nor after its owner completed or deferred it.
/// </summary>
public sealed class AlertStep(IRecordStore store, ConnectorDocuments documents, AlertTaskCreator creator, DigestWriter digests, TimeProvider time) : IJobStep
{
    private static readonly TimeSpan DueIn = TimeSpan.FromDays(1);

    /// <remarks>
    /// Open alerts of types the job's analyzers do not raise stay open (e.g. in a <c>--only</c> run). Candidates on a
    /// record merged in this run are dropped (a merged duplicate group needs no "possible duplicate" task); the next
    /// run judges the merged record.
    /// </remarks>
    public async Task RunAsync(JobRunContext run, CancellationToken ct)
    {
        var candidates = run.RequireAnalysis().Result.Alerts
            .Where(c => !run.MergeInputs.Contains((c.ObjectType, c.RecordId)))
            .ToList();
        var name = run.ConnectorName;
        var existing = await store.GetAlertsAsync(name, ct);
        var now = time.GetUtcNow();
        var types = run.Analyzers.AlertTypes;
        var lookupTypes = types?.Append(DigestKeys.AlertType).ToHashSet(StringComparer.Ordinal);
        var keys = AlertPlanner.KeysToLookUp(existing, now, run.Connector.SearchIndexLag, lookupTypes);
        var intents = new IntentLookup(keys, keys.Count == 0 ? [] : await run.Connector.FindTasksByAlertKeyAsync(keys, ct));
        var taskIds = AlertPlanner.TaskIdsToCheck(existing);
        var taskStates = taskIds.Count == 0
            ? new Dictionary<string, CrmTaskState>()
            : await run.Connector.GetTaskStatesAsync(taskIds, ct);

        var alertStates = existing.Where(s => s.AlertType != DigestKeys.AlertType).ToList();
        var plan = AlertPlanner.Plan(candidates, alertStates, taskStates, now, types, intents);
        var evaluated = types ?? run.Analyzers.Runner.AlertTypes;
        var firstRun = await documents.GetFirstEvaluationsAsync(name, evaluated, alertStates, ct);
        var options = run.Settings.Common.Alerts;
        var gated = AlertGate.Decide(plan.ToCreate, alertStates, taskStates, firstRun, options, now);
        Count(run, plan, gated);
        run.AlertBudget.AddRange(AlertBudgetLine.From(gated));

        if (!run.DryRun)
            await SaveSettledAsync(run, plan, now, ct);
        foreach (var candidate in gated.Create)
        {
            run.PlannedAlerts.Add(candidate);
            if (!run.DryRun)
                await creator.CreateAsync(run, candidate, candidate.ToTaskRequest(run.Now + DueIn), reason: null, CounterNames.AlertsCreated, ct);
        }

        if (!run.DryRun)
        {
            await SaveHeldAsync(run, gated.Held, alertStates, now, ct);
            var clearing = new ClearedTasks(run, run.Analyzers.Runner.OnClear, taskStates);
            foreach (var resolved in plan.ToResolve)
            {
                // The task is closed out before the alert is saved resolved: should that fail, the alert stays open
                // and the next run, finding the condition still cleared, tries again.
                if (!await clearing.CloseOutAsync(resolved, ct))
                    continue;
                await store.SaveAlertAsync(name, resolved, ct);
                run.Add(CounterNames.AlertsResolved);
            }
        }

        await digests.WriteAsync(run, gated, existing.Where(s => s.AlertType == DigestKeys.AlertType).ToList(), taskStates, intents, ct);
        if (!run.DryRun)
        {
            await documents.SetEvaluatedAlertTypesAsync(name, evaluated, ct);
            await documents.SetAlertBudgetAsync(name, run.AlertBudget, ct);
        }
    }

    private static void Count(JobRunContext run, AlertPlan plan, GatedAlerts gated)
    {
        if (plan.Waiting.Count > 0)
            run.Add(CounterNames.AlertsPending, plan.Waiting.Count);
        var counts = new (string Counter, int Value)[]
        {
            (CounterNames.AlertsDeferredByBudget, gated.DeferredByBudget),
            (CounterNames.AlertsBacklog, gated.Count(HoldReason.Backlog)),
            (CounterNames.AlertsSnoozed, gated.Count(HoldReason.Snoozed)),
            (CounterNames.AlertsInDigest, gated.Count(HoldReason.Digest)),
            (CounterNames.AlertsAcknowledged, plan.Acknowledged.Count(s => s.AcknowledgedAt is null)),
        };
        foreach (var (counter, value) in counts.Where(c => c.Value > 0))
            run.Add(counter, value);
    }

    /// <summary>Recovered intents, and the first sight of a task its owner completed or deferred (starts the snooze).</summary>
    private async Task SaveSettledAsync(JobRunContext run, AlertPlan plan, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var recovered in plan.Recovered)
        {
            await store.SaveAlertAsync(run.ConnectorName, recovered, ct);
            run.Add(CounterNames.AlertsRecovered);
        }

        foreach (var acknowledged in plan.Acknowledged.Where(s => s.AcknowledgedAt is null))
            await store.SaveAlertAsync(run.ConnectorName, acknowledged with { AcknowledgedAt = now }, ct);
    }

    /// <summary>Saves each held alert with its reason; one whose stored state says the same is not written again.</summary>
    private async Task SaveHeldAsync(JobRunContext run, IReadOnlyList<HeldAlert> held, IReadOnlyList<AlertState> states, DateTimeOffset now, CancellationToken ct)
    {
        var byKey = states.GroupBy(s => s.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changed = new List<AlertState>();
        foreach (var alert in held)
        {
            var previous = byKey.GetValueOrDefault(alert.Candidate.Key);
            var since = previous is { IsHeld: true } ? previous.CreatedAt : now;
            var state = alert.Candidate.ToHeldState(alert.Status, alert.Detail, since) with { AcknowledgedAt = previous?.AcknowledgedAt };
            if (state != previous)
                changed.Add(state);
        }

        // Together: a large first run holds thousands (50,000 contacts: ~7,000 alerts).
        await store.SaveAlertsAsync(run.ConnectorName, changed, ct);
    }
}
