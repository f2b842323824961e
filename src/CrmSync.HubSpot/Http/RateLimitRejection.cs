namespace CrmSync.HubSpot.Http;

/// <summary>A parsed 429: which policy, the server's Retry-After if any, and the correlation id to log.</summary>
internal sealed record RateLimitRejection(RateLimitPolicy Policy, TimeSpan? RetryAfter, string? CorrelationId, string? Message);
