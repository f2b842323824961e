using CrmSync.Core.Analysis;
using CrmSync.Core.WriteBack;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Sends only the computed values that differ from what was last written. Written state is saved per record only
/// after the CRM accepted it, so a failed record is retried on the next run.
/// </summary>
public sealed class WriteValuesStep(IRecordStore store) : IJobStep
{
    public async Task RunAsync(JobRunContext run, CancellationToken ct)
    {
        var analysis = run.RequireAnalysis();
        // An analyzer may declare properties on types this connector does not offer (leads on HubSpot).
        var definitions = run.Analyzers.Runner.Properties.Where(p => run.Settings.ObjectTypes.Contains(p.ObjectType, StringComparer.Ordinal)).ToList();
        if (!run.DryRun && definitions.Count > 0)
            await run.Connector.EnsurePropertiesAsync(definitions, ct);

        var byType = analysis.Result.Values.ToLookup(v => v.ObjectType, StringComparer.Ordinal);
        foreach (var objectType in run.Settings.ObjectTypes)
        {
            var liveIds = analysis.LiveIds?.GetValueOrDefault(objectType) ?? await ReadLiveIdsAsync(run.ConnectorName, objectType, ct);
            if (run.MergedAway[objectType].Any())
                liveIds = liveIds.Except(run.MergedAway[objectType], StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
            await WriteAsync(run, objectType, byType[objectType], liveIds, run.Analyzers.Scope, ct);
        }
    }

    private async Task<IReadOnlySet<string>> ReadLiveIdsAsync(string connector, string objectType, CancellationToken ct)
    {
        var liveIds = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var record in store.ReadRecordsAsync(connector, objectType, includeArchived: false, ct))
            liveIds.Add(record.Id);
        return liveIds;
    }

    private async Task WriteAsync(JobRunContext run, string objectType, IEnumerable<ComputedValue> values,
        IReadOnlySet<string> liveIds, IReadOnlySet<string>? scope, CancellationToken ct)
    {
        var name = run.ConnectorName;
        var written = await store.GetWrittenAsync(name, objectType, ct);

        var plan = WriteBackPlanner.Plan(objectType, values, written, liveIds, scope);
        foreach (var update in plan.Updates)
        {
            foreach (var change in update.Changes)
                run.PlannedWrites.Add(new(objectType, update.RecordId, change.Property, change.OldValue, change.NewValue));
        }

        if (run.DryRun || plan.IsEmpty)
            return;

        var updates = plan.ToRecordUpdates();
        var outcome = updates.Count == 0
            ? Core.Connectors.WriteOutcome.Empty
            : await run.Connector.UpdateAsync(objectType, updates, ct);
        // A write answered under another id landed on a merge survivor: its written state becomes what was sent.
        var survivors = SurvivorStates.For(plan, outcome.Aliases, written, outcome.Succeeded);
        await store.SaveWrittenAsync(name, [.. plan.StatesToSave(outcome.Succeeded), .. survivors], ct);
        if (outcome.Aliases.Count > 0)
        {
            run.Add(CounterNames.RecordsAliased, outcome.Aliases.Count);
            await ArchiveAliasesAsync(run.ConnectorName, objectType, outcome.Aliases.Keys, ct);
        }

        var succeeded = outcome.Succeeded.ToHashSet(StringComparer.Ordinal);
        run.Add(CounterNames.WriteCalls, outcome.Calls);
        run.Add(CounterNames.RecordsWritten, succeeded.Count);
        run.Add(CounterNames.ValuesWritten, plan.Updates.Where(u => succeeded.Contains(u.RecordId)).Sum(u => u.Changes.Count));
        run.Add(CounterNames.WriteFailures, outcome.Failed.Count);
        foreach (var failure in outcome.Failed)
            run.Errors.Add(new RunRecordError(objectType, failure.RecordId, failure.Code, failure.Message));
    }

    /// <summary>Ids the CRM answered as another record were merged away there: archived here, never written again.</summary>
    private async Task ArchiveAliasesAsync(string connector, string objectType, IEnumerable<string> ids, CancellationToken ct)
    {
        var archived = new List<Core.Records.CrmRecord>();
        foreach (var id in ids)
        {
            if (await store.GetRecordAsync(connector, objectType, id, ct) is { Archived: false } record)
                archived.Add(record with { Archived = true });
        }

        if (archived.Count > 0)
            await store.UpsertRecordsAsync(connector, archived, ct);
    }
}
