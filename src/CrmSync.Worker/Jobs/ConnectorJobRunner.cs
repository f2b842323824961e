using System.Diagnostics;
using CrmSync.Core.Connectors;
using CrmSync.Storage;
using CrmSync.Worker.Analysis;
using CrmSync.Worker.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmSync.Worker.Jobs;

/// <summary>Runs one job of one connector and records it in run history, whatever its outcome.</summary>
public sealed partial class ConnectorJobRunner(
    ICrmConnectorFactory connectors,
    IOptionsMonitor<ConnectorOptions> options,
    IRecordStore store,
    SyncStep sync,
    AnalyzeStep analyze,
    WriteBackStep writeBack,
    AnalyzerCatalog analyzers,
    ConnectorLock connectorLock,
    TimeProvider time,
    ILogger<ConnectorJobRunner> logger)
{
    /// <param name="forceFullPull">Make this run's pull a full reconcile whatever FullReconcileInterval says.</param>
    public async Task<JobRunSummary> RunAsync(
        string connectorName, string job, bool dryRun, string? hangfireJobId, CancellationToken ct, bool forceFullPull = false)
    {
        if (!JobNames.IsKnown(job))
            throw new ArgumentException($"Unknown job '{job}'; jobs are {string.Join(", ", JobNames.All)}", nameof(job));
        var connectorOptions = options.Get(connectorName);
        if (connectorOptions.Kind is null)
            throw new ArgumentException($"No connector '{connectorName}' is configured under {ConnectorOptions.Section}", nameof(connectorName));

        using var held = connectorLock.TryAcquire(connectorName, ConnectorLock.DefaultWait)
            ?? throw new ConnectorBusyException(connectorName);
        var connector = connectors.Get(connectorName);
        var run = new JobRunContext(connectorName, connectorOptions, connector, dryRun || connectorOptions.DryRun, time.GetUtcNow())
        {
            ForceFullPull = forceFullPull,
        };
        var runId = await store.StartRunAsync(new RunStart(connectorName, job, run.DryRun, run.Now, hangfireJobId), ct);
        var before = connector.Stats.Snapshot();
        var clock = Stopwatch.StartNew();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Connector"] = connectorName, ["Job"] = job, ["SyncRunId"] = runId });

        RunStatus status;
        string? message = null;
        try
        {
            await ExecuteAsync(run, job, ct);
            status = run.Errors.Count == 0 ? RunStatus.Succeeded : RunStatus.PartiallyFailed;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            status = RunStatus.Cancelled;
            message = "cancelled";
        }
        catch (Exception e)
        {
            status = RunStatus.Failed;
            message = e.Message;
            LogFailed(e, connectorName, job);
        }

        var used = connector.Stats.Snapshot() - before;
        run.Add(CounterNames.ApiCalls, used.Calls);
        run.Add(CounterNames.RateLimited, used.RateLimited);
        run.Add(CounterNames.Retries, used.Retries);
        await store.CompleteRunAsync(runId, new RunCompletion(status, time.GetUtcNow(), run.Counts, run.Errors, message), CancellationToken.None);
        LogFinished(connectorName, job, status, clock.Elapsed.TotalSeconds);

        var summary = new JobRunSummary(runId, connectorName, job, run.DryRun, status, clock.Elapsed.TotalSeconds,
            run.Counts, run.Errors, run.PlannedWrites, run.PlannedAlerts, run.PlannedMerges, message);
        if (status is RunStatus.Failed or RunStatus.Cancelled)
            throw new JobFailedException(summary);
        return summary;
    }

    private async Task ExecuteAsync(JobRunContext run, string job, CancellationToken ct)
    {
        if (job is JobNames.Sync or JobNames.Pipeline)
            await sync.RunAsync(run, ct);

        var set = job == JobNames.Dedupe ? analyzers.Duplicates(run.Options) : analyzers.All(run.ConnectorName, run.Options);
        AnalysisRun? analysis = null;
        if (job is JobNames.Analyze or JobNames.Pipeline or JobNames.Dedupe)
            analysis = await analyze.RunAsync(run, set, persist: job != JobNames.Dedupe, ct);
        if (job is JobNames.WriteBack or JobNames.Pipeline or JobNames.Dedupe)
            await writeBack.RunAsync(run, set, analysis, ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Connector}: job {Job} failed")]
    private partial void LogFailed(Exception e, string connector, string job);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Connector}: job {Job} finished {Status} in {Seconds:F1} s")]
    private partial void LogFinished(string connector, string job, RunStatus status, double seconds);
}
