using System.Collections.Concurrent;
using System.Diagnostics;
using CrmSync.Core.Telemetry;

namespace CrmSync.AlertBudgetRun;

/// <summary>Seconds per pipeline step (pull, analyze, write values, alerts, ...) from the worker's own step spans.</summary>
public sealed class StepTimer : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<string, double> _seconds = new(StringComparer.Ordinal);

    public StepTimer()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CrmSyncTelemetry.JobsSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("step") is string step)
                    _seconds.AddOrUpdate(step, activity.Duration.TotalSeconds, (_, s) => s + activity.Duration.TotalSeconds);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The seconds per step since the last call, and starts counting again.</summary>
    public IReadOnlyDictionary<string, double> Take()
    {
        var taken = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var step in _seconds.Keys)
        {
            if (_seconds.TryRemove(step, out var seconds))
                taken[step] = seconds;
        }

        return taken;
    }

    public void Dispose() => _listener.Dispose();
}
