using CrmSync.Core.StageCriteria;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Demo;
using CrmSync.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Worker.Tests.EndToEnd;

/// <summary>Runs of the pipeline with only the stage-criteria analyzer, as the stage-criteria end-to-end tests make them.</summary>
internal static class StageCriteriaRuns
{
    public static Task<JobRunSummary> RunAsync(DemoSession session, string connector, bool dryRun, CancellationToken ct) =>
        session.App.Services.GetRequiredService<ConnectorJobRunner>()
            .RunAsync(connector, JobNames.Pipeline, dryRun, null, ct, only: [StageCriteriaAnalyzer.AnalyzerName]);

    /// <summary>A run with nothing changed since the last one: it succeeds and writes and creates nothing.</summary>
    public static async Task AssertIdleAsync(DemoSession session, string connector, CancellationToken ct)
    {
        var run = await RunAsync(session, connector, false, ct);
        Assert.Equal(CrmSync.Storage.RunStatus.Succeeded, run.Status);
        Assert.Equal(0, run.Counts.GetValueOrDefault(CounterNames.ValuesWritten));
        Assert.Equal(0, run.Counts.GetValueOrDefault(CounterNames.AlertsCreated));
    }
}
