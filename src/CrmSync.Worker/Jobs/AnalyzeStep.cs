using CrmSync.Core.Analysis;
using CrmSync.Core.Records;
using CrmSync.Storage;
using CrmSync.Worker.Analysis;

namespace CrmSync.Worker.Jobs;

/// <summary>Runs every analyzer over the stored records and keeps the result for the write-back step.</summary>
public sealed class AnalyzeStep(IRecordStore store, ConnectorDocuments documents, AnalyzerCatalog analyzers)
{
    public async Task<AnalyzerResult> RunAsync(JobRunContext run, CancellationToken ct)
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
        var ran = analyzers.For(name, run.Options).Run(context);
        var result = new AnalyzerResult(ran.Values, ran.Alerts);

        await documents.SetAnalysisAsync(name, result, ct);
        run.Add(CounterNames.ValuesComputed, result.Values.Count);
        run.Add(CounterNames.AlertCandidates, result.Alerts.Count);
        return result;
    }
}
