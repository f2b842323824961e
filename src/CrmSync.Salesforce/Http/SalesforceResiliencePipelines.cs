using CrmSync.Core.Telemetry;
using CrmSync.Salesforce.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CrmSync.Salesforce.Http;

/// <summary>The Polly pipelines of the shared Salesforce HttpClients; each decision reads the connector's own limits from the request.</summary>
internal static class SalesforceResiliencePipelines
{
    /// <summary>Outer: retries transient failures of idempotent calls (creates are flagged NoRetry).</summary>
    public static void ConfigureRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder) =>
        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            // The real ceiling is per connector (MaxRetryAttempts), enforced in ShouldHandle.
            MaxRetryAttempts = int.MaxValue,
            ShouldHandle = args => ValueTask.FromResult(
                args.Context.GetRequestMessage() is { } request && RetryDecision.ShouldRetry(request, args.Outcome, args.AttemptNumber)),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                RetryDecision.Delay(args.Context.GetRequestMessage()!, args.Outcome, args.AttemptNumber, Random.Shared)),
            OnRetry = args =>
            {
                var request = args.Context.GetRequestMessage()!;
                var context = SalesforceHttp.GetConnector(request);
                context.Stats.RecordRetry();
                CrmCallTelemetry.Retried(args.AttemptNumber + 1, args.RetryDelay,
                    args.Outcome.Result is { } status ? ((int)status.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name ?? "unknown");
                SalesforceLog.RetryingRequest(
                    context.Logger, context.Name, request.Method.Method, request.RequestUri?.AbsolutePath,
                    args.Outcome.Result is { } r ? (int)r.StatusCode : null, args.Outcome.Exception?.GetType().Name,
                    args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                return default;
            },
        });

    /// <summary>Inner: bounds each attempt by the connector's AttemptTimeout (a timeout is then retried by the outer pipeline).</summary>
    public static void ConfigureAttemptTimeout(ResiliencePipelineBuilder<HttpResponseMessage> builder) =>
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(
                args.Context.GetRequestMessage() is { } request ? SalesforceHttp.GetConnector(request).Options.AttemptTimeout : TimeSpan.FromSeconds(60)),
        });
}
