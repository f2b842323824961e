using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.WriteBack;
using CrmSync.Storage;
using CrmSync.Worker.Analysis;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Sends only the computed values that differ from what was last written. Written state is saved per record only
/// after the CRM accepted it, so a failed record is retried on the next run.
/// </summary>
public sealed class WriteBackStep(IRecordStore store, ConnectorDocuments documents, AnalyzerCatalog analyzers, AlertStep alerts)
{
    public async Task RunAsync(JobRunContext run, AnalyzerResult? analysis, CancellationToken ct)
    {
        analysis ??= await documents.GetAnalysisAsync(run.ConnectorName, ct)
            ?? throw new InvalidOperationException(
                $"Connector '{run.ConnectorName}': nothing to write back yet; run the 'analyze' job (or 'pipeline') first");

        var definitions = analyzers.For(run.Options).SelectMany(a => a.Properties).ToList();
        if (!run.DryRun && definitions.Count > 0)
            await run.Connector.EnsurePropertiesAsync(definitions, ct);

        var byType = analysis.Values.ToLookup(v => v.ObjectType, StringComparer.Ordinal);
        foreach (var objectType in run.Options.Objects)
            await WriteAsync(run, objectType, byType[objectType], ct);

        await alerts.RunAsync(run, analysis.Alerts, ct);
    }

    private async Task WriteAsync(JobRunContext run, string objectType, IEnumerable<ComputedValue> values, CancellationToken ct)
    {
        var name = run.ConnectorName;
        var written = await store.GetWrittenAsync(name, objectType, ct);
        var liveIds = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var record in store.ReadRecordsAsync(name, objectType, includeArchived: false, ct))
            liveIds.Add(record.Id);

        var plan = WriteBackPlanner.Plan(objectType, values, written, liveIds);
        foreach (var update in plan)
        {
            foreach (var change in update.Changes)
                run.PlannedWrites.Add(new(objectType, update.RecordId, change.Property, change.OldValue, change.NewValue));
        }

        if (run.DryRun || plan.Count == 0)
            return;

        var updates = plan
            .Select(u => new RecordUpdate(u.RecordId, u.Changes.ToDictionary(c => c.Property, c => c.NewValue)))
            .ToList();
        var outcome = await run.Connector.UpdateAsync(objectType, updates, ct);
        run.Add(CounterNames.WriteCalls, outcome.Calls);

        var succeeded = outcome.Succeeded.ToHashSet(StringComparer.Ordinal);
        var states = plan
            .Where(u => succeeded.Contains(u.RecordId))
            .Select(u => new WrittenState(objectType, u.RecordId, u.Fingerprint, u.Values))
            .ToList();
        await store.SaveWrittenAsync(name, states, ct);
        run.Add(CounterNames.RecordsWritten, states.Count);
        run.Add(CounterNames.ValuesWritten, plan.Where(u => succeeded.Contains(u.RecordId)).Sum(u => u.Changes.Count));

        foreach (var failure in outcome.Failed)
            run.Errors.Add(new RunRecordError(objectType, failure.RecordId, failure.Code, failure.Message));
        run.Add(CounterNames.WriteFailures, outcome.Failed.Count);
    }
}
