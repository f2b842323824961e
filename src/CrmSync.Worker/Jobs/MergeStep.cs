using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Storage;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Auto-merge, only when the connector enables it (<c>Dedupe:AutoMerge:Enabled</c>): merges each proposed record into
/// its primary with the CRM's merge, logs every merge, and marks the merged record archived so nothing is written to it.
/// </summary>
public sealed partial class MergeStep(IRecordStore store, ILogger<MergeStep> logger)
{
    /// <returns>The ids merged away, by object type: they are archived now and must not be written to.</returns>
    public async Task<ILookup<string, string>> RunAsync(JobRunContext run, IReadOnlyList<MergeProposal> merges, CancellationToken ct)
    {
        var done = new List<MergeProposal>();
        if (!run.Options.Dedupe.AutoMerge.Enabled)
            return done.ToLookup(m => m.ObjectType, m => m.MergedId);
        var mergedAway = new HashSet<(string, string)>();
        foreach (var merge in merges)
        {
            if (mergedAway.Contains((merge.ObjectType, merge.PrimaryId)) || !mergedAway.Add((merge.ObjectType, merge.MergedId)))
                continue;
            run.PlannedMerges.Add(merge);
            if (!run.DryRun && await MergeAsync(run, merge, ct))
                done.Add(merge);
        }

        return done.ToLookup(m => m.ObjectType, m => m.MergedId);
    }

    private async Task<bool> MergeAsync(JobRunContext run, MergeProposal merge, CancellationToken ct)
    {
        try
        {
            await run.Connector.MergeAsync(merge.ObjectType, merge.PrimaryId, merge.MergedId, ct);
        }
        catch (CrmConnectorException e) when (e.IsRecordLevel())
        {
            run.Errors.Add(new(merge.ObjectType, merge.MergedId, "MERGE_FAILED", e.Message));
            return false;
        }

        LogMerged(run.ConnectorName, merge.ObjectType, merge.MergedId, merge.PrimaryId, merge.Probability, merge.Reason);
        run.Add(CounterNames.RecordsMerged);
        if (await store.GetRecordAsync(run.ConnectorName, merge.ObjectType, merge.MergedId, ct) is { } record)
            await store.UpsertRecordsAsync(run.ConnectorName, [record with { Archived = true }], ct);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Connector {Connector}: auto-merged {ObjectType} {MergedId} into {PrimaryId} (match probability {Probability:F4}: {Reason})")]
    private partial void LogMerged(string connector, string objectType, string mergedId, string primaryId, double probability, string reason);
}
