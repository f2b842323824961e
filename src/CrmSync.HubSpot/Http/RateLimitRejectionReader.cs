using System.Text.Json;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.RateLimiting;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Http;

/// <summary>Reads a 429: Retry-After (seconds or HTTP date) and the body's policyName / message.</summary>
internal static class RateLimitRejectionReader
{
    public static async Task<RateLimitRejection> ReadAsync(HttpResponseMessage response, RateBucket bucket, TimeProvider time, CancellationToken cancellationToken)
    {
        var retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => Max(date - time.GetUtcNow(), TimeSpan.Zero),
            _ => (TimeSpan?)null,
        };

        HsError? error = null;
        try
        {
            // Buffered so Refit can still read the body afterwards.
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrWhiteSpace(body))
                error = JsonSerializer.Deserialize<HsError>(body, HubSpotJson.Options);
        }
        catch (JsonException)
        {
            // A 429 whose body is not HubSpot JSON (a proxy page): classified by bucket below.
        }

        return new RateLimitRejection(Classify(error, bucket), retryAfter, error?.CorrelationId, error?.Message);
    }

    internal static RateLimitPolicy Classify(HsError? error, RateBucket bucket)
    {
        var policy = error?.PolicyName;
        if (string.Equals(policy, "DAILY", StringComparison.OrdinalIgnoreCase))
            return RateLimitPolicy.Daily;
        if (string.Equals(policy, "TEN_SECONDLY_ROLLING", StringComparison.OrdinalIgnoreCase))
            return RateLimitPolicy.TenSecondlyRolling;
        if (policy?.Contains("SECONDLY", StringComparison.OrdinalIgnoreCase) == true)
            return RateLimitPolicy.Secondly;

        var message = error?.Message ?? "";
        if (message.Contains("daily limit", StringComparison.OrdinalIgnoreCase))
            return RateLimitPolicy.Daily;
        if (message.Contains("ten_secondly", StringComparison.OrdinalIgnoreCase))
            return RateLimitPolicy.TenSecondlyRolling;
        if (message.Contains("secondly", StringComparison.OrdinalIgnoreCase) || bucket == RateBucket.Search)
            return RateLimitPolicy.Secondly;
        return RateLimitPolicy.Unknown;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
