using System.Net;
using Polly;
using Polly.Timeout;

namespace CrmSync.Salesforce.Http;

/// <summary>Which failed attempts the HTTP pipeline retries, and after how long.</summary>
internal static class RetryDecision
{
    public static bool ShouldRetry(HttpRequestMessage request, Outcome<HttpResponseMessage> outcome, int attemptNumber)
    {
        var context = SalesforceHttp.GetConnector(request);
        if ((request.Options.TryGetValue(SalesforceHttp.NoRetry, out var noRetry) && noRetry) || attemptNumber >= context.Options.MaxRetryAttempts)
            return false;
        if (outcome.Exception is not null)
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;

        return outcome.Result?.StatusCode switch
        {
            null => false,
            // The daily allocation is not retried (no storm against an exhausted org); concurrent long requests free up.
            HttpStatusCode.Forbidden => RejectionOf(request) == LimitRejection.ConcurrentLongRequests,
            HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests => true,
            HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported => false,
            { } status => (int)status >= 500,
        };
    }

    /// <param name="attemptNumber">Zero-based number of the attempt that just failed.</param>
    public static TimeSpan Delay(HttpRequestMessage request, Outcome<HttpResponseMessage> outcome, int attemptNumber, Random random)
    {
        var tuning = SalesforceHttp.GetConnector(request).Tuning;
        var first = outcome.Result?.StatusCode == HttpStatusCode.Forbidden ? tuning.ConcurrencyBackoff : tuning.ServerErrorBaseDelay;
        var delay = outcome.Result?.Headers.RetryAfter?.Delta
            ?? first * Math.Pow(2, Math.Min(attemptNumber, 16)) * (0.5 + random.NextDouble());
        return delay > tuning.MaxRetryDelay ? tuning.MaxRetryDelay : delay;
    }

    private static LimitRejection? RejectionOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(SalesforceHttp.LastRejection, out var rejection) ? rejection : null;
}
