using System.Globalization;
using System.Net;
using CrmSync.Core.Telemetry;
using CrmSync.HubSpot.Logging;
using CrmSync.HubSpot.RateLimiting;

namespace CrmSync.HubSpot.Http;

/// <summary>
/// Per attempt: waits for a permit from the connector's limiter (search and burst budgets apart), feeds the
/// rate-limit headers back to it and to the daily budget, and on a 429 records the rejection for the retry strategy
/// and pauses the bucket (a search 429 also halves the search rate).
/// It sits outside the attempt timeout so waiting for a permit never counts as a slow response.
/// </summary>
internal sealed class RateLimitHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = HubSpotHttp.GetConnector(request);
        var bucket = HubSpotHttp.IsSearch(request) ? RateBucket.Search : RateBucket.Burst;
        var waitStarted = context.Time.GetTimestamp();
        using var lease = await context.RateLimiter.AcquireAsync(bucket, cancellationToken).ConfigureAwait(false);
        CrmCallTelemetry.Waited("hubspot", context.Name, context.Time.GetElapsedTime(waitStarted));

        context.DailyBudget.Spend();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (bucket == RateBucket.Burst)
        {
            context.RateLimiter.ObserveBurstHeaders(
                (int?)ReadLong(response, "X-HubSpot-RateLimit-Max"), (int?)ReadLong(response, "X-HubSpot-RateLimit-Remaining"),
                (int?)ReadLong(response, "X-HubSpot-RateLimit-Interval-Milliseconds"));
        }

        context.DailyBudget.Observe(ReadLong(response, "X-HubSpot-RateLimit-Daily"), ReadLong(response, "X-HubSpot-RateLimit-Daily-Remaining"));
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            await OnRateLimitedAsync(context, request, response, bucket, cancellationToken).ConfigureAwait(false);
        else if (bucket == RateBucket.Search && response.IsSuccessStatusCode)
            context.RateLimiter.SearchAccepted();
        return response;
    }

    private static async Task OnRateLimitedAsync(
        HubSpotConnectorContext context, HttpRequestMessage request, HttpResponseMessage response, RateBucket bucket, CancellationToken cancellationToken)
    {
        context.Stats.RecordRateLimited();
        var rejection = await RateLimitRejectionReader.ReadAsync(response, bucket, context.Time, cancellationToken).ConfigureAwait(false);
        request.Options.Set(HubSpotHttp.LastRateLimit, rejection);
        CrmCallTelemetry.RateLimited(rejection.Policy.ToString());
        HubSpotLog.RateLimited(context.Logger, context.Name, request.RequestUri?.AbsolutePath, rejection.Policy, rejection.RetryAfter, rejection.CorrelationId);

        var tuning = context.Tuning;
        switch (rejection.Policy)
        {
            case RateLimitPolicy.Daily:
                context.DailyBudget.Exhausted();
                break;
            case RateLimitPolicy.Secondly:
                context.RateLimiter.SearchRejected();
                context.RateLimiter.Pause(RateBucket.Search, rejection.RetryAfter ?? tuning.SearchWindow + tuning.WindowPad);
                break;
            default:
                context.RateLimiter.Pause(bucket, rejection.RetryAfter ?? (bucket == RateBucket.Search
                    ? tuning.SearchWindow + tuning.WindowPad
                    : tuning.BurstWindow + tuning.WindowPad));
                break;
        }
    }

    private static long? ReadLong(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
        && value is >= 0 and <= int.MaxValue
            ? value
            : null;
}
