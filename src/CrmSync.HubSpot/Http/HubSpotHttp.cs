namespace CrmSync.HubSpot.Http;

/// <summary>Names shared by the HTTP registration, the Refit interfaces and the handlers.</summary>
internal static class HubSpotHttp
{
    public const string ClientName = "CrmSync.HubSpot";
    public const string RetryPipelineName = "hubspot-retry";
    public const string AttemptTimeoutPipelineName = "hubspot-attempt-timeout";

    public const string ConnectorOptionName = "crmsync.hubspot.connector";
    public const string NoRetryOptionName = "crmsync.no-retry";

    /// <summary>Headers whose values are never logged: the token, and cookies an edge proxy may set.</summary>
    public static readonly IReadOnlyList<string> SecretHeaders = ["Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"];

    public static readonly HttpRequestOptionsKey<HubSpotConnectorContext> Connector = new(ConnectorOptionName);
    public static readonly HttpRequestOptionsKey<bool> NoRetry = new(NoRetryOptionName);
    public static readonly HttpRequestOptionsKey<RateLimitRejection> LastRateLimit = new("crmsync.hubspot.rate-limit");

    public static HubSpotConnectorContext GetConnector(HttpRequestMessage request) =>
        request.Options.TryGetValue(Connector, out var context) && context is not null
            ? context
            : throw new InvalidOperationException(
                "A request reached the HubSpot pipeline without a connector context; create clients through HubSpotApiProvider.");

    public static bool IsSearch(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.EndsWith("/search", StringComparison.Ordinal) == true;
}
