using System.Globalization;
using System.Net;
using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Wire;

namespace CrmSync.HubSpot.Calls;

/// <summary>
/// Turns a final HubSpot error status into the connector exception that stops the job. Messages name the connector
/// (via <see cref="CrmConnectorException"/>), the operation and the correlation id, never the token.
/// </summary>
internal static class HubSpotFailureMapper
{
    /// <summary>True for statuses that no caller can handle per record: credentials, scopes, limits, outages.</summary>
    public static bool StopsTheJob(HttpStatusCode status) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests
            or HttpStatusCode.RequestTimeout or HttpStatusCode.Locked
        || (int)status >= 500;

    public static CrmConnectorException Map(HubSpotConnectorContext context, string operation, HttpStatusCode status, HsError? error, Exception? inner)
    {
        var code = (int)status;
        var correlation = Correlation(error);
        var category = Category(error);

        if (status == HttpStatusCode.Unauthorized || code == 530)
        {
            return new CrmConnectorException(context.Name, CrmFailureKind.Authentication,
                $"HubSpot rejected the credentials for {operation} (HTTP {code}{category}); check the private-app token " +
                $"configured at {context.ConfigPrefix}:AccessToken{correlation}.", inner);
        }

        if (status == HttpStatusCode.Forbidden)
        {
            var scopes = HubSpotErrorReader.MissingScopes(error);
            var named = scopes.Count > 0 ? $": {string.Join(", ", scopes)}" : "";
            return new CrmConnectorException(context.Name, CrmFailureKind.MissingScopes,
                $"HubSpot refused {operation} (HTTP 403{category}): the private app lacks a required scope{named}. " +
                $"Grant it to the private app in HubSpot{correlation}.", inner);
        }

        if (status == HttpStatusCode.TooManyRequests)
        {
            return Http.RateLimitRejectionReader.Classify(error, RateLimiting.RateBucket.Burst) switch
            {
                Http.RateLimitPolicy.Daily => new CrmConnectorException(context.Name, CrmFailureKind.DailyLimitExhausted,
                    $"HubSpot's daily API limit is exhausted ({operation}); stop calling until the portal's daily reset (midnight in the portal's time zone){correlation}.", inner),
                Http.RateLimitPolicy.Secondly => new CrmConnectorException(context.Name, CrmFailureKind.Unavailable,
                    $"HubSpot's search limit kept rejecting {operation} through {Math.Max(context.Options.MaxRetryAttempts, context.Tuning.SearchRateLimitedRetries)} " +
                    $"retries at a halving rate: the account's searches per second are shared with every other app on it, and others are using them{correlation}.", inner),
                _ => new CrmConnectorException(context.Name, CrmFailureKind.Unavailable,
                    $"HubSpot kept rate-limiting {operation} after {context.Options.MaxRetryAttempts} retries{correlation}.", inner),
            };
        }

        if (StopsTheJob(status))
        {
            return new CrmConnectorException(context.Name, CrmFailureKind.Unavailable,
                $"HubSpot failed {operation} with HTTP {code}{category} after {context.Options.MaxRetryAttempts} retries{correlation}.", inner);
        }

        return new CrmConnectorException(context.Name, CrmFailureKind.InvalidResponse, RejectionMessage(operation, status, error), inner);
    }

    /// <summary>The stop before the daily budget runs out: what is left, the reserve kept and the key that sets it.</summary>
    public static CrmConnectorException DailyReserveReached(HubSpotConnectorContext context, string operation, long remaining, long? limit)
    {
        static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var of = limit is { } total ? $" of {Count(total)}" : "";
        return new CrmConnectorException(context.Name, CrmFailureKind.DailyLimitExhausted,
            $"stopped before {operation}: HubSpot reports {Count(remaining)}{of} requests left in the portal's daily API budget, at or under " +
            $"the reserve of {Count(context.DailyBudget.Reserve)} that CrmSync leaves to the portal's other apps ({context.ConfigPrefix}:RateLimit:DailyReserve). " +
            "The budget resets at midnight in the portal's time zone; later runs go on then.");
    }

    /// <summary>A refusal (a 4xx that does not stop the job): status, category, HubSpot's message, correlation id.</summary>
    public static string RejectionMessage(string operation, HttpStatusCode status, HsError? error)
    {
        var message = error?.Message is { Length: > 0 } m ? $": {Truncate(m)}" : "";
        return $"HubSpot rejected {operation} with HTTP {(int)status}{Category(error)}{message}{Correlation(error)}.";
    }

    private static string Correlation(HsError? error) => error?.CorrelationId is { Length: > 0 } id ? $" (correlationId {id})" : "";

    private static string Category(HsError? error) => error?.Category is { Length: > 0 } c ? $" {c}" : "";

    private static string Truncate(string text) => text.Length <= 500 ? text : string.Concat(text.AsSpan(0, 500), "…");
}
