using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Storage;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Pulls owners, pipelines and every configured object into the store, checkpointing after each page so that a crash
/// resumes where it stopped. A full reconcile runs on the first pull and then every FullReconcileInterval. Between
/// reconciles, ids a page reports gone (merged away, deleted) are archived and refreshed associations applied.
/// </summary>
public sealed partial class PullStep(IRecordStore store, ConnectorDocuments documents, ILogger<PullStep> logger) : IJobStep
{
    public async Task RunAsync(JobRunContext run, CancellationToken ct)
    {
        var name = run.ConnectorName;
        await documents.SetOwnersAsync(name, await run.Connector.GetOwnersAsync(ct), ct);
        var pipelines = await run.Connector.GetPipelinesAsync(CrmObjectTypes.Deals, ct);
        await documents.SetPipelinesAsync(name, CrmObjectTypes.Deals, pipelines, ct);

        foreach (var objectType in run.Settings.ObjectTypes)
            await PullAsync(run, objectType, pipelines, ct);
    }

    private async Task PullAsync(JobRunContext run, string objectType, IReadOnlyList<CrmPipeline> pipelines, CancellationToken ct)
    {
        var name = run.ConnectorName;
        var incrementalCursor = NullIfEmpty(await store.GetCursorAsync(name, objectType, ct));
        var lastFull = await documents.GetLastFullPullAsync(name, objectType, ct);
        var full = run.ForceFullPull || incrementalCursor is null || lastFull is null
            || run.Now - lastFull >= run.Settings.Common.FullReconcileInterval;

        var cursorKey = full ? $"{objectType}:full" : objectType;
        var cursor = full ? NullIfEmpty(await store.GetCursorAsync(name, cursorKey, ct)) : incrementalCursor;
        // Only a full pull that started from the beginning has seen every live id and may archive the rest.
        var liveIds = full && cursor is null ? new HashSet<string>(StringComparer.Ordinal) : null;
        LogPulling(name, objectType, !full ? "incremental" : cursor is null ? "full" : "full, resumed from its checkpoint");

        // Every enabled analyzer's inputs, whichever analyzers this job runs: the store serves them all.
        var analyzers = run.Settings.EnabledAnalyzers.Select(a => a.Registration.Descriptor);
        var request = PullPlan.For(objectType, full ? PullMode.Full : PullMode.Incremental, cursor, analyzers, pipelines);
        string? last = null;
        await foreach (var page in run.Connector.PullAsync(request, ct))
        {
            await store.UpsertRecordsAsync(name, page.Records, ct);
            AddIfAny(run, CounterNames.Archived(objectType), await PulledPageChanges.ArchiveGoneAsync(store, name, objectType, page.GoneIds, ct));
            AddIfAny(run, CounterNames.AssociationsRefreshed(objectType),
                await PulledPageChanges.ApplyAssociationsAsync(store, name, objectType, page.Associations, ct));
            await store.SetCursorAsync(name, cursorKey, page.Cursor, ct);
            run.Add(CounterNames.Pulled(objectType), page.Records.Count);
            foreach (var record in page.Records)
            {
                if (!record.Archived)
                    liveIds?.Add(record.Id);
            }

            last = page.Cursor;
        }

        if (!full)
            return;
        if (liveIds is not null)
            run.Add(CounterNames.Archived(objectType), await store.ArchiveMissingAsync(name, objectType, liveIds, ct));
        if (last is not null)
            await store.SetCursorAsync(name, objectType, last, ct);
        await store.SetCursorAsync(name, cursorKey, "", ct);
        await documents.SetLastFullPullAsync(name, objectType, run.Now, ct);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static void AddIfAny(JobRunContext run, string counter, int amount)
    {
        if (amount > 0)
            run.Add(counter, amount);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Connector}: pulling {ObjectType} ({Mode})")]
    private partial void LogPulling(string connector, string objectType, string mode);
}
