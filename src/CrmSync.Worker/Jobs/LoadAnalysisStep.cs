namespace CrmSync.Worker.Jobs;

/// <summary>The writeback job's first step: the last analysis of the same analyzers, as the analyze job kept it.</summary>
public sealed class LoadAnalysisStep(ConnectorDocuments documents) : IJobStep
{
    public async Task RunAsync(JobRunContext run, CancellationToken ct)
    {
        var result = await documents.GetAnalysisAsync(run.ConnectorName, run.Analyzers.DocumentKey, ct)
            ?? throw new InvalidOperationException(
                $"Connector '{run.ConnectorName}': nothing to write back yet for analyzers {string.Join(", ", run.Analyzers.Names)}; " +
                "run the 'analyze' job with the same analyzers (or 'pipeline') first");
        run.Analysis = new AnalysisRun(result, LiveIds: null);
    }
}
