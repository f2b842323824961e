using CrmSync.Core.Alerts;
using CrmSync.Core.Alerts.Budgets;
using CrmSync.Core.Connectors;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Keeps one digest task per owner per period: created once (through the same exactly-once path as alert tasks, keyed
/// <c>crmsync_digest:&lt;owner&gt;:&lt;period&gt;</c>), rewritten in place while open when its items change, left
/// alone once the owner completed or deferred it, and resolved when its period is over or nothing is left in it.
/// </summary>
public sealed class DigestWriter(IRecordStore store, AlertTaskCreator creator, TimeProvider time)
{
    private static readonly TimeSpan DueIn = TimeSpan.FromDays(1);
    private static readonly HashSet<string> DigestTypes = [DigestKeys.AlertType];

    public async Task WriteAsync(
        JobRunContext run, GatedAlerts gated, IReadOnlyList<AlertState> digestStates, IReadOnlyDictionary<string, CrmTaskState> taskStates,
        IntentLookup intents, CancellationToken ct)
    {
        var digested = gated.Digested.ToList();
        if (digested.Count == 0 && digestStates.All(s => s.Status == AlertStatus.Resolved))
            return;
        var links = new Dictionary<(string, string), string?>();
        foreach (var item in digested.Select(h => (h.Candidate.ObjectType, h.Candidate.RecordId)).Distinct())
            links[item] = await run.Connector.RecordLinkAsync(item.ObjectType, item.RecordId, ct);
        var digests = DigestBuilder.Build(digested, run.Settings.Common.Alerts, (type, id) => links.GetValueOrDefault((type, id)));
        var now = time.GetUtcNow();
        var plan = AlertPlanner.Plan(digests.Select(d => d.Candidate).ToList(), digestStates, taskStates, now, DigestTypes, intents);
        if (run.DryRun)
        {
            run.PlannedAlerts.AddRange(plan.ToCreate);
            return;
        }

        foreach (var recovered in plan.Recovered)
            await store.SaveAlertAsync(run.ConnectorName, recovered, ct);
        var toCreate = plan.ToCreate.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var open = digestStates.Concat(plan.Recovered).Where(s => s.Status == AlertStatus.Open && s.TaskId is not null)
            .GroupBy(s => s.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var acknowledged = plan.Acknowledged.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var digest in digests)
        {
            if (toCreate.Contains(digest.Key))
                await creator.CreateAsync(run, digest.Candidate, digest.ToTaskRequest(run.Now + DueIn), digest.Fingerprint, CounterNames.DigestTasksCreated, ct);
            else if (open.TryGetValue(digest.Key, out var state) && !acknowledged.Contains(digest.Key) && state.Reason != digest.Fingerprint)
                await UpdateAsync(run, digest, state, ct);
        }

        foreach (var resolved in plan.ToResolve)
            await store.SaveAlertAsync(run.ConnectorName, resolved, ct);
    }

    private async Task UpdateAsync(JobRunContext run, DigestTask digest, AlertState state, CancellationToken ct)
    {
        try
        {
            await run.Connector.UpdateTaskTextAsync(state.TaskId!, digest.Subject, digest.Body, ct);
        }
        catch (CrmRejectedException e)
        {
            // The task is unchanged (e.g. deleted meanwhile); the old fingerprint stays, so the next run tries again.
            run.Errors.Add(new(DigestKeys.ObjectType, state.RecordId, "DIGEST_UPDATE_FAILED", e.Message));
            run.Add(CounterNames.AlertFailures);
            return;
        }

        await store.SaveAlertAsync(run.ConnectorName, state with { Reason = digest.Fingerprint }, CancellationToken.None);
        run.Add(CounterNames.DigestTasksUpdated);
    }
}
