using System.Diagnostics;
using System.Diagnostics.Metrics;
using CrmSync.Core.Connectors;

namespace CrmSync.Core.Telemetry;

/// <summary>
/// The span of one logical CRM call (<c>crm.call</c>) with its outcome, the retries and rate-limit waits inside it as
/// events, and the rate-limit wait histogram. Both connectors use it, so the span looks the same on either CRM.
/// </summary>
public static class CrmCallTelemetry
{
    private static readonly Histogram<double> RateLimitWait = CrmSyncTelemetry.Meter.CreateHistogram<double>(
        "crmsync.rate_limit.wait", "s", "Time a CRM request waited for the connector's rate limiter or concurrency gate",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });

    /// <summary>Runs <paramref name="call"/> inside a <c>crm.call</c> span; <paramref name="statusOf"/> reads an HTTP status from a result.</summary>
    public static async Task<T> TraceAsync<T>(
        string crm, string connector, string operation, Func<Task<T>> call, Func<T, int?>? statusOf = null)
    {
        using var activity = CrmSyncTelemetry.Connectors.StartActivity("crm.call", ActivityKind.Internal);
        if (activity is null)
            return await call().ConfigureAwait(false);

        activity.DisplayName = $"{crm} {operation}";
        activity.SetTag("crm.system", crm);
        activity.SetTag(CrmSyncTelemetry.ConnectorTag, connector);
        activity.SetTag("crm.operation", operation);
        try
        {
            var result = await call().ConfigureAwait(false);
            var status = statusOf?.Invoke(result);
            if (status is not null)
                activity.SetTag("http.response.status_code", status.Value);
            activity.SetTag("crm.call.status", status is null or < 400 ? "ok" : "rejected");
            activity.SetStatus(ActivityStatusCode.Ok);
            return result;
        }
        catch (Exception e)
        {
            // The failure kind (Unauthorized, RateLimited, Unavailable…) or the exception type; never its message,
            // which may quote a CRM response.
            var status = e switch
            {
                CrmConnectorException connectorFailure => connectorFailure.Kind.ToString(),
                OperationCanceledException => "cancelled",
                _ => e.GetType().Name,
            };
            activity.SetTag("crm.call.status", status);
            activity.SetStatus(ActivityStatusCode.Error, status);
            throw;
        }
    }

    /// <summary>A retry of the current call: an event on its span (the HTTP retry runs inside the call's span).</summary>
    public static void Retried(int attempt, TimeSpan delay, string reason) =>
        System.Diagnostics.Activity.Current?.AddEvent(new ActivityEvent("crm.retry", tags: new ActivityTagsCollection
        {
            ["crm.retry.attempt"] = attempt,
            ["crm.retry.delay_ms"] = delay.TotalMilliseconds,
            ["crm.retry.reason"] = reason,
        }));

    /// <summary>A 429 from the CRM: an event on the current call's span.</summary>
    public static void RateLimited(string policy) =>
        System.Diagnostics.Activity.Current?.AddEvent(new ActivityEvent("crm.rate_limited", tags: new ActivityTagsCollection { ["crm.rate_limit.policy"] = policy }));

    /// <summary>Time a request waited before it was sent (limiter permit, concurrency slot).</summary>
    public static void Waited(string crm, string connector, TimeSpan waited)
    {
        RateLimitWait.Record(waited.TotalSeconds,
            new KeyValuePair<string, object?>(CrmSyncTelemetry.ConnectorTag, connector), new KeyValuePair<string, object?>("crm.system", crm));
        // Only waits a person would notice become events; a free permit is not news.
        if (waited >= TimeSpan.FromMilliseconds(1))
            System.Diagnostics.Activity.Current?.AddEvent(new ActivityEvent("crm.rate_limit.wait", tags: new ActivityTagsCollection { ["crm.wait_ms"] = waited.TotalMilliseconds }));
    }
}
