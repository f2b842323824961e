using System.Text.Json;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Storage;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Auto-merge, only when an analyzer proposes it (the duplicate analyzer with <c>Dedupe:AutoMerge:Enabled</c>). Per
/// merge: both records are snapshotted in the store first (<see cref="MergeSnapshot"/>), then merged with the CRM's
/// merge; the CRM answers with the merged record, whose id may be new, so both input ids are archived locally and the
/// answer is stored under its own id. A later merge into the same primary targets that id.
/// </summary>
public sealed partial class MergeStep(IRecordStore store, TimeProvider time, ILogger<MergeStep> logger) : IJobStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Merges what the analysis proposed (only analyzers with auto-merge enabled propose), once per record.</summary>
    public async Task RunAsync(JobRunContext run, CancellationToken ct)
    {
        var mergedAway = new HashSet<(string, string)>();
        var survivorOf = new Dictionary<(string, string), string>();
        var inputs = new HashSet<(string, string)>();
        foreach (var merge in run.RequireAnalysis().Result.Merges)
        {
            var type = merge.ObjectType;
            if (mergedAway.Contains((type, merge.PrimaryId)) || survivorOf.ContainsKey((type, merge.MergedId)) || !mergedAway.Add((type, merge.MergedId)))
                continue;
            run.PlannedMerges.Add(merge);
            if (run.DryRun)
                continue;
            var primaryId = Current(survivorOf, type, merge.PrimaryId);
            if (await MergeAsync(run, merge, primaryId, ct) is not { } survivorId)
                continue;
            inputs.Add((type, merge.PrimaryId));
            inputs.Add((type, merge.MergedId));
            survivorOf[(type, merge.PrimaryId)] = survivorId;
            survivorOf[(type, primaryId)] = survivorId;
        }

        // Gone: every merged-away record, and a primary the merge replaced with a record of a new id.
        var gone = inputs.Where(i => !survivorOf.ContainsKey(i) || Current(survivorOf, i.Item1, i.Item2) != i.Item2).ToList();
        run.MergedAway = gone.ToLookup(i => i.Item1, i => i.Item2);
        run.MergeInputs = inputs;
    }

    /// <summary>Returns the id of the record the merge produced, or null when it failed (recorded as a run error).</summary>
    private async Task<string?> MergeAsync(JobRunContext run, MergeProposal merge, string primaryId, CancellationToken ct)
    {
        var name = run.ConnectorName;
        var primary = await store.GetRecordAsync(name, merge.ObjectType, primaryId, ct);
        var merged = await store.GetRecordAsync(name, merge.ObjectType, merge.MergedId, ct);
        var snapshot = new MergeSnapshot(merge.ObjectType, primaryId, merge.MergedId, merge.Probability, merge.Reason, time.GetUtcNow(), primary, merged);
        await SaveAsync(name, snapshot, ct);

        CrmRecord result;
        try
        {
            result = await run.Connector.MergeAsync(merge.ObjectType, primaryId, merge.MergedId, ct);
        }
        catch (CrmConnectorException e) when (e.IsRecordLevel())
        {
            run.Errors.Add(new(merge.ObjectType, merge.MergedId, "MERGE_FAILED", e.Message));
            return null;
        }

        // Not cancellable: the merge happened and cannot be undone; the store must learn of it.
        await SaveAsync(name, snapshot with { ResultId = result.Id, MergedAt = time.GetUtcNow() }, CancellationToken.None);
        await store.UpsertRecordsAsync(name, Archived(result.Id, primary, merged).Append(Survivor(result, primary, merged)).ToList(), CancellationToken.None);
        LogMerged(name, merge.ObjectType, merge.MergedId, primaryId, result.Id, merge.Probability, merge.Reason);
        run.Add(CounterNames.RecordsMerged);
        return result.Id;
    }

    private Task SaveAsync(string connector, MergeSnapshot snapshot, CancellationToken ct) =>
        store.SetDocumentAsync(connector, MergeSnapshot.DocumentKey(snapshot.ObjectType, snapshot.MergedId), JsonSerializer.Serialize(snapshot, Json), ct);

    private static IEnumerable<CrmRecord> Archived(string resultId, params CrmRecord?[] records) =>
        records.OfType<CrmRecord>().Where(r => r.Id != resultId).Select(r => r with { Archived = true });

    /// <summary>
    /// The merged record as answered, over what CrmSync knew of the primary (an answer may carry only some properties),
    /// with both records' associations (HubSpot moves them to the survivor). The next pull replaces it in full.
    /// </summary>
    private static CrmRecord Survivor(CrmRecord result, CrmRecord? primary, CrmRecord? merged)
    {
        var properties = new Dictionary<string, string?>(primary?.Properties ?? new Dictionary<string, string?>(), StringComparer.Ordinal);
        foreach (var (key, value) in result.Properties)
            properties[key] = value;
        var associations = new[] { primary, merged }.OfType<CrmRecord>()
            .SelectMany(r => r.Associations)
            .GroupBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(a => a.Value).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return result with
        {
            Properties = properties,
            Associations = associations,
            History = result.Id == primary?.Id ? primary.History : result.History,
        };
    }

    private static string Current(Dictionary<(string, string), string> survivorOf, string objectType, string id)
    {
        while (survivorOf.TryGetValue((objectType, id), out var next) && next != id)
            id = next;
        return id;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Connector {Connector}: auto-merged {ObjectType} {MergedId} into {PrimaryId}, giving {ResultId} (match probability {Probability:F4}: {Reason})")]
    private partial void LogMerged(string connector, string objectType, string mergedId, string primaryId, string resultId, double probability, string reason);
}
