using CrmSync.Core.Telemetry;
using CrmSync.HubSpot.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CrmSync.HubSpot.Http;

/// <summary>
/// The two Polly pipelines of the shared HubSpot HttpClient. One pipeline serves every connector; each decision reads
/// the connector's own limits from the request (Polly's context carries the HttpRequestMessage).
/// </summary>
internal static class HubSpotResiliencePipelines
{
    /// <summary>Outer: retries transient failures of idempotent calls (creates are flagged NoRetry).</summary>
    public static void ConfigureRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder) =>
        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            // The real ceiling is per connector and per failure (RetryDecision.MaxRetries), enforced in ShouldHandle.
            MaxRetryAttempts = int.MaxValue,
            ShouldHandle = args => ValueTask.FromResult(
                args.Context.GetRequestMessage() is { } request && RetryDecision.ShouldRetry(request, args.Outcome, args.AttemptNumber)),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                RetryDecision.Delay(args.Context.GetRequestMessage()!, args.Outcome, args.AttemptNumber, Random.Shared)),
            OnRetry = args =>
            {
                var request = args.Context.GetRequestMessage()!;
                var context = HubSpotHttp.GetConnector(request);
                context.Stats.RecordRetry();
                CrmCallTelemetry.Retried(args.AttemptNumber + 1, args.RetryDelay,
                    args.Outcome.Result is { } status ? ((int)status.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name ?? "unknown");
                request.Options.TryGetValue(HubSpotHttp.LastRateLimit, out var rejection);
                HubSpotLog.RetryingRequest(
                    context.Logger, context.Name, request.Method.Method, request.RequestUri?.AbsolutePath,
                    args.Outcome.Result is { } r ? (int)r.StatusCode : null, args.Outcome.Exception?.GetType().Name,
                    args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds,
                    args.Outcome.Result?.StatusCode == System.Net.HttpStatusCode.TooManyRequests ? rejection?.CorrelationId : null);
                return default;
            },
        });

    /// <summary>Inner: bounds each attempt by the connector's AttemptTimeout (a timeout is then retried by the outer pipeline).</summary>
    public static void ConfigureAttemptTimeout(ResiliencePipelineBuilder<HttpResponseMessage> builder) =>
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(
                args.Context.GetRequestMessage() is { } request ? HubSpotHttp.GetConnector(request).Options.AttemptTimeout : TimeSpan.FromSeconds(30)),
        });
}
