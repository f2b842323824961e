using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Storage;
using CrmSync.Worker.Analysis;

namespace CrmSync.Worker.Jobs;

/// <summary>Runs every analyzer over the stored records and keeps the result for the write-back step.</summary>
public sealed class AnalyzeStep(IRecordStore store, ConnectorDocuments documents)
{
    /// <param name="persist">Keep the result for a later writeback job (only a run of every analyzer is kept).</param>
    public async Task<AnalysisRun> RunAsync(JobRunContext run, AnalyzerSet analyzers, bool persist, CancellationToken ct)
    {
        var name = run.ConnectorName;
        var records = new Dictionary<string, IReadOnlyList<CrmRecord>>(StringComparer.Ordinal);
        foreach (var objectType in run.Options.ObjectTypes)
        {
            var list = new List<CrmRecord>();
            await foreach (var record in store.ReadRecordsAsync(name, objectType, includeArchived: false, ct))
                list.Add(record);
            records[objectType] = list;
        }

        var context = new AnalysisContext(
            name,
            run.Now,
            records,
            await documents.GetPipelinesAsync(name, CrmObjectTypes.Deals, ct),
            await documents.GetOwnersAsync(name, ct));
        var ran = analyzers.Runner.Run(context);
        var result = new AnalyzerResult(ran.Values, ran.Alerts) { Merges = ran.Merges };

        if (persist)
            await documents.SetAnalysisAsync(name, result, ct);
        run.Add(CounterNames.ValuesComputed, result.Values.Count);
        run.Add(CounterNames.AlertCandidates, result.Alerts.Count);
        return new AnalysisRun(result, records.ToDictionary(
            r => r.Key, r => (IReadOnlySet<string>)r.Value.Select(x => x.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }
}
