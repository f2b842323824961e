using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Storage;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Auto-merge, only when an analyzer proposes it (the duplicate analyzer with <c>Dedupe:AutoMerge:Enabled</c>): merges each proposed record into
/// its primary with the CRM's merge, logs every merge, and marks the merged record archived so nothing is written to it.
/// </summary>
public sealed partial class MergeStep(IRecordStore store, ILogger<MergeStep> logger) : IJobStep
{
    /// <summary>Merges what the analysis proposed (only analyzers with auto-merge enabled propose), once per record.</summary>
    public async Task RunAsync(JobRunContext run, CancellationToken ct)
    {
        var done = new List<MergeProposal>();
        var mergedAway = new HashSet<(string, string)>();
        foreach (var merge in run.RequireAnalysis().Result.Merges)
        {
            if (mergedAway.Contains((merge.ObjectType, merge.PrimaryId)) || !mergedAway.Add((merge.ObjectType, merge.MergedId)))
                continue;
            run.PlannedMerges.Add(merge);
            if (!run.DryRun && await MergeAsync(run, merge, ct))
                done.Add(merge);
        }

        run.MergedAway = done.ToLookup(m => m.ObjectType, m => m.MergedId);
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
