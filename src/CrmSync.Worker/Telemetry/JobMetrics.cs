using System.Diagnostics;
using System.Diagnostics.Metrics;
using CrmSync.Core.Telemetry;
using CrmSync.Storage;
using CrmSync.Worker.Jobs;

namespace CrmSync.Worker.Telemetry;

/// <summary>
/// The per-run instruments of the "CrmSync" meter, recorded once when a run completes from the same counts run
/// history stores, so a dashboard and <c>/runs</c> never disagree. Tagged by connector name (never a token).
/// </summary>
public static class JobMetrics
{
    private static readonly Meter Meter = CrmSyncTelemetry.Meter;
    private static readonly Counter<long> RecordsPulled = Meter.CreateCounter<long>("crmsync.records.pulled", "{record}", "Records pulled from the CRM");
    private static readonly Counter<long> ValuesWritten = Meter.CreateCounter<long>("crmsync.values.written", "{value}", "Computed values written to the CRM");
    private static readonly Counter<long> WriteCalls = Meter.CreateCounter<long>("crmsync.write.calls", "{call}", "Batch write calls made to the CRM");
    private static readonly Counter<long> AlertsCreated = Meter.CreateCounter<long>("crmsync.alerts.created", "{task}", "Alert tasks created in the CRM");
    private static readonly Counter<long> ApiCalls = Meter.CreateCounter<long>("crmsync.api.calls", "{request}", "HTTP requests sent to the CRM (retries included)");
    private static readonly Counter<long> RateLimited = Meter.CreateCounter<long>("crmsync.api.rate_limited", "{response}", "429 (or REQUEST_LIMIT_EXCEEDED) answers from the CRM");
    private static readonly Counter<long> Retries = Meter.CreateCounter<long>("crmsync.api.retries", "{retry}", "Requests retried");
    private static readonly Counter<long> Runs = Meter.CreateCounter<long>("crmsync.job.runs", "{run}", "Job runs by final status");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("crmsync.job.duration", "s", "Job run duration",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600] });

    public static void RunCompleted(string connector, string job, RunStatus status, double seconds, IReadOnlyDictionary<string, long> counts)
    {
        var tags = new TagList { { CrmSyncTelemetry.ConnectorTag, connector } };
        foreach (var (name, value) in counts)
        {
            if (name.StartsWith(CounterNames.Pulled(""), StringComparison.Ordinal) && value > 0)
                RecordsPulled.Add(value, new TagList { { CrmSyncTelemetry.ConnectorTag, connector }, { "object", name[CounterNames.Pulled("").Length..] } });
        }

        AddIfAny(ValuesWritten, counts, CounterNames.ValuesWritten, tags);
        AddIfAny(WriteCalls, counts, CounterNames.WriteCalls, tags);
        AddIfAny(AlertsCreated, counts, CounterNames.AlertsCreated, tags);
        AddIfAny(ApiCalls, counts, CounterNames.ApiCalls, tags);
        AddIfAny(RateLimited, counts, CounterNames.RateLimited, tags);
        AddIfAny(Retries, counts, CounterNames.Retries, tags);

        var outcome = new TagList { { CrmSyncTelemetry.ConnectorTag, connector }, { "job", job }, { "status", status.ToString() } };
        Runs.Add(1, outcome);
        Duration.Record(seconds, outcome);
    }

    private static void AddIfAny(Counter<long> counter, IReadOnlyDictionary<string, long> counts, string name, TagList tags)
    {
        if (counts.TryGetValue(name, out var value) && value > 0)
            counter.Add(value, tags);
    }
}
