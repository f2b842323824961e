using System.Diagnostics;
using CrmSync.Core.Telemetry;
using CrmSync.Storage;

namespace CrmSync.Worker.Telemetry;

/// <summary>The <c>crmsync.job</c> span of a run and the <c>crmsync.step</c> spans of its steps (docs/observability.md).</summary>
public static class JobTracing
{
    public static Activity? StartRun(string connector, string job, bool dryRun, string? hangfireJobId)
    {
        var activity = CrmSyncTelemetry.Jobs.StartActivity("crmsync.job");
        if (activity is null)
            return null;
        activity.DisplayName = $"job {job} {connector}";
        activity.SetTag(CrmSyncTelemetry.ConnectorTag, connector);
        activity.SetTag("job", job);
        activity.SetTag("dry_run", dryRun);
        if (hangfireJobId is not null)
            activity.SetTag("hangfire.job_id", hangfireJobId);
        return activity;
    }

    public static void RunCompleted(Activity? activity, long runId, RunStatus status, string? message)
    {
        if (activity is null)
            return;
        activity.SetTag("sync_run.id", runId);
        activity.SetTag("status", status.ToString());
        if (status is RunStatus.Succeeded or RunStatus.PartiallyFailed)
            activity.SetStatus(ActivityStatusCode.Ok);
        else
            activity.SetStatus(ActivityStatusCode.Error, message);
    }

    public static Activity? StartStep(string connector, Type step)
    {
        var activity = CrmSyncTelemetry.Jobs.StartActivity("crmsync.step");
        if (activity is null)
            return null;
        var name = step.Name.EndsWith("Step", StringComparison.Ordinal) ? step.Name[..^"Step".Length] : step.Name;
        activity.DisplayName = $"step {name}";
        activity.SetTag(CrmSyncTelemetry.ConnectorTag, connector);
        activity.SetTag("step", name);
        return activity;
    }
}
