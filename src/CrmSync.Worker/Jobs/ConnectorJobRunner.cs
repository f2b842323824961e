using System.Diagnostics;
using CrmSync.Core.Connectors;
using CrmSync.Storage;
using CrmSync.Worker.Analysis;
using CrmSync.Worker.Configuration;
using CrmSync.Worker.Telemetry;
using Microsoft.Extensions.Logging;

namespace CrmSync.Worker.Jobs;

/// <summary>Runs one job of one connector and records it in run history, whatever its outcome.</summary>
public sealed partial class ConnectorJobRunner(
    ICrmConnectorFactory connectors,
    ConnectorSettingsProvider settingsProvider,
    IRecordStore store,
    IServiceProvider services,
    AnalyzerCatalog analyzers,
    ConnectorLock connectorLock,
    TimeProvider time,
    ILogger<ConnectorJobRunner> logger)
{
    /// <summary>A run from a schedule: the schedule names its job and analyzers (a bare job name also works).</summary>
    public Task<JobRunSummary> RunScheduledAsync(string connectorName, string scheduleId, string? hangfireJobId, CancellationToken ct)
    {
        var settings = settingsProvider.Get(connectorName);
        return settings.Common.Schedules.TryGetValue(scheduleId, out var schedule)
            ? RunAsync(connectorName, schedule.JobFor(scheduleId), dryRun: false, hangfireJobId, ct, only: schedule.Analyzers)
            : RunAsync(connectorName, scheduleId, dryRun: false, hangfireJobId, ct);
    }

    /// <param name="forceFullPull">Make this run's pull a full reconcile whatever FullReconcileInterval says.</param>
    /// <param name="only">Run only these analyzers (by name); null or empty = every enabled one.</param>
    public async Task<JobRunSummary> RunAsync(
        string connectorName, string job, bool dryRun, string? hangfireJobId, CancellationToken ct, bool forceFullPull = false,
        IReadOnlyCollection<string>? only = null)
    {
        var definition = JobDefinition.For(job);
        var settings = settingsProvider.Get(connectorName);
        var analyzerSet = analyzers.For(settings, definition.Analyzers ?? only);

        var connector = connectors.Get(connectorName);
        var run = new JobRunContext(settings, connector, analyzerSet, dryRun || settings.Common.DryRun, time.GetUtcNow())
        {
            ForceFullPull = forceFullPull,
        };
        using var activity = JobTracing.StartRun(connectorName, job, run.DryRun, hangfireJobId);
        // Records the run (or, when the connector is busy, records it skipped and throws ConnectorBusyException).
        await using var lease = await connectorLock.StartRunAsync(new RunStart(connectorName, job, run.DryRun, run.Now, hangfireJobId), ct);
        var runId = lease.RunId;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, lease.Lost);
        var before = connector.Stats.Snapshot();
        var clock = Stopwatch.StartNew();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Connector"] = connectorName, ["Job"] = job, ["SyncRunId"] = runId });

        RunStatus status;
        string? message = null;
        try
        {
            await ExecuteAsync(run, definition, stop.Token);
            status = run.Errors.Count == 0 ? RunStatus.Succeeded : RunStatus.PartiallyFailed;
        }
        catch (Exception) when (lease.Lost.IsCancellationRequested)
        {
            // Another process holds the connector now: this run stopped writing and is over.
            status = RunStatus.Abandoned;
            message = $"stopped: the connector lease was lost ({lease.LostReason})";
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            status = RunStatus.Cancelled;
            message = "cancelled";
        }
        catch (CrmConnectorException e) when (e.Kind == CrmFailureKind.DailyLimitExhausted)
        {
            // Not a fault: the portal's daily budget is (nearly) spent. The message says how much is left and when it resets.
            status = RunStatus.BudgetExhausted;
            message = e.Message;
            LogBudgetExhausted(connectorName, job, e.Message);
        }
        catch (Exception e)
        {
            status = RunStatus.Failed;
            message = e.Message;
            LogFailure(e, connectorName, job);
        }

        var used = connector.Stats.Snapshot() - before;
        run.Add(CounterNames.ApiCalls, used.Calls);
        run.Add(CounterNames.RateLimited, used.RateLimited);
        run.Add(CounterNames.Retries, used.Retries);
        await store.CompleteRunAsync(runId, new RunCompletion(status, time.GetUtcNow(), run.Counts, run.Errors, message), CancellationToken.None);
        await RecordApiBudgetAsync(connectorName, connector);
        LogFinished(connectorName, job, status, clock.Elapsed.TotalSeconds);
        JobTracing.RunCompleted(activity, runId, status, message);
        JobMetrics.RunCompleted(connectorName, job, status, clock.Elapsed.TotalSeconds, run.Counts);

        var summary = new JobRunSummary(runId, connectorName, job, run.DryRun, status, clock.Elapsed.TotalSeconds,
            run.Counts, run.Errors, run.PlannedWrites, run.PlannedAlerts, run.PlannedMerges, message)
        {
            Findings = run.DryRun ? run.Analysis?.Result.Findings ?? [] : [],
            AlertBudget = run.AlertBudget,
            AlertCandidates = run.Analysis?.Result.Alerts ?? [],
        };
        // Thrown so that Hangfire marks the job failed, with the run's message on its dashboard.
        if (status is RunStatus.Failed or RunStatus.Cancelled or RunStatus.BudgetExhausted or RunStatus.Abandoned)
            throw new JobFailedException(summary);
        return summary;
    }

    private async Task ExecuteAsync(JobRunContext run, JobDefinition job, CancellationToken ct)
    {
        foreach (var step in job.Steps)
        {
            using var activity = JobTracing.StartStep(run.ConnectorName, step);
            try
            {
                await ((IJobStep)services.GetRequiredService(step)).RunAsync(run, ct);
            }
            catch (Exception e)
            {
                activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
                throw;
            }
        }
    }

    /// <summary>
    /// The API allocation the connector last saw, for the dashboard's connector health, whatever the run's outcome (an
    /// exhausted budget above all). A figure only: no token. Failing to record it never fails the run.
    /// </summary>
    private async Task RecordApiBudgetAsync(string connectorName, ICrmConnector connector)
    {
        if (connector is not IApiBudgetSource { LastApiBudget: { } reading })
            return;
        try
        {
            await services.GetRequiredService<ConnectorDocuments>().SetApiBudgetAsync(connectorName, reading, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogApiBudgetNotRecorded(e, connectorName);
        }
    }

    /// <summary>
    /// A connector failure (rejected token, missing scope, exhausted budget) is one line naming its cause and key; its
    /// trace is for debugging only. Anything else is unexpected and logged with its trace.
    /// </summary>
    private void LogFailure(Exception e, string connector, string job)
    {
        if (e is not CrmConnectorException)
        {
            LogFailed(e, connector, job);
            return;
        }

        LogStopped(connector, job, e.Message);
        LogStoppedTrace(e, connector, job);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Connector}: job {Job} failed")]
    private partial void LogFailed(Exception e, string connector, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Connector}: job {Job} stopped, daily API budget: {Reason}")]
    private partial void LogBudgetExhausted(string connector, string job, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Connector}: job {Job} failed: {Reason}")]
    private partial void LogStopped(string connector, string job, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connector {Connector}: job {Job} failed")]
    private partial void LogStoppedTrace(Exception e, string connector, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Connector}: the API budget left could not be recorded for the dashboard")]
    private partial void LogApiBudgetNotRecorded(Exception e, string connector);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Connector}: job {Job} finished {Status} in {Seconds:F1} s")]
    private partial void LogFinished(string connector, string job, RunStatus status, double seconds);
}
