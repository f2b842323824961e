using System.Net;
using Polly;
using Polly.Timeout;

namespace CrmSync.HubSpot.Http;

/// <summary>Which failed attempts the HTTP pipeline retries, and after how long.</summary>
internal static class RetryDecision
{
    public static bool ShouldRetry(HttpRequestMessage request, Outcome<HttpResponseMessage> outcome, int attemptNumber)
    {
        var context = HubSpotHttp.GetConnector(request);
        if (request.Options.TryGetValue(HubSpotHttp.NoRetry, out var noRetry) && noRetry)
            return false;
        if (attemptNumber >= MaxRetries(context, request, outcome))
            return false;

        if (outcome.Exception is not null)
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;

        var response = outcome.Result;
        if (response is null)
            return false;
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => RejectionOf(request)?.Policy != RateLimitPolicy.Daily,
            HttpStatusCode.RequestTimeout or HttpStatusCode.Locked => true,

            // 530 is HubSpot's edge answering a malformed token: a credentials problem, not an outage.
            (HttpStatusCode)530 or HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported => false,
            _ => (int)response.StatusCode >= 500,
        };
    }

    /// <param name="attemptNumber">Zero-based number of the attempt that just failed.</param>
    public static TimeSpan Delay(HttpRequestMessage request, Outcome<HttpResponseMessage> outcome, int attemptNumber, Random random)
    {
        var tuning = HubSpotHttp.GetConnector(request).Tuning;
        var response = outcome.Result;
        TimeSpan delay;
        if (response?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var rejection = RejectionOf(request);
            delay = rejection switch
            {
                { RetryAfter: { } retryAfter } => retryAfter + tuning.RetryAfterPad,
                { Policy: RateLimitPolicy.Secondly } => tuning.SecondlyRetryDelay * Math.Pow(2, Math.Min(attemptNumber, 16)) * (0.75 + (0.5 * random.NextDouble())),
                _ => tuning.BurstWindow + tuning.WindowPad,
            };
        }
        else if (response?.Headers.RetryAfter?.Delta is { } serverDelay)
        {
            delay = serverDelay + tuning.RetryAfterPad;
        }
        else
        {
            var backoff = tuning.ServerErrorBaseDelay * Math.Pow(2, Math.Min(attemptNumber, 16)) * (0.5 + random.NextDouble());
            delay = response?.StatusCode == HttpStatusCode.Locked && backoff < tuning.LockedRetryDelay ? tuning.LockedRetryDelay : backoff;
        }

        return delay > tuning.MaxRetryDelay ? tuning.MaxRetryDelay : delay;
    }

    /// <summary>
    /// A search rejected by the account's search limit waits its turn rather than failing the job: that budget is
    /// shared with every other app on the account, so a busy neighbour is no outage. Everything else retries
    /// MaxRetryAttempts times.
    /// </summary>
    public static int MaxRetries(HubSpotConnectorContext context, HttpRequestMessage request, Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests && RejectionOf(request)?.Policy == RateLimitPolicy.Secondly
            ? Math.Max(context.Options.MaxRetryAttempts, context.Tuning.SearchRateLimitedRetries)
            : context.Options.MaxRetryAttempts;

    private static RateLimitRejection? RejectionOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(HubSpotHttp.LastRateLimit, out var rejection) ? rejection : null;
}
