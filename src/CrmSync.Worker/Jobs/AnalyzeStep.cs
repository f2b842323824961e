using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Runs the job's analyzers over the stored records and hands the result to the next steps; it is also kept, per set
/// of analyzers, for a later writeback job.
/// </summary>
public sealed class AnalyzeStep(IRecordStore store, ConnectorDocuments documents) : IJobStep
{
    public async Task RunAsync(JobRunContext run, CancellationToken ct)
    {
        var name = run.ConnectorName;
        var records = new Dictionary<string, IReadOnlyList<CrmRecord>>(StringComparer.Ordinal);
        foreach (var objectType in run.Settings.ObjectTypes)
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
        var result = run.Analyzers.Runner.Run(context);

        await documents.SetAnalysisAsync(name, run.Analyzers.DocumentKey, result, ct);
        run.Add(CounterNames.ValuesComputed, result.Values.Count);
        run.Add(CounterNames.AlertCandidates, result.Alerts.Count);
        run.Analysis = new AnalysisRun(result, records.ToDictionary(
            r => r.Key, r => (IReadOnlySet<string>)r.Value.Select(x => x.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }
}
