namespace CrmSync.Salesforce.Http;

/// <summary>Names shared by the HTTP registration, the Refit interfaces and the handlers.</summary>
internal static class SalesforceHttp
{
    public const string DataClientName = "CrmSync.Salesforce";
    public const string AuthClientName = "CrmSync.Salesforce.Auth";
    public const string RetryPipelineName = "salesforce-retry";
    public const string AttemptTimeoutPipelineName = "salesforce-attempt-timeout";
    public const string AuthPipelineName = "salesforce-auth-retry";

    public const string ConnectorOptionName = "crmsync.salesforce.connector";
    public const string NoRetryOptionName = "crmsync.no-retry";
    public const string QueryOptionsHeader = "Sforce-Query-Options";
    public const string LimitInfoHeader = "Sforce-Limit-Info";

    /// <summary>Requests are built against this host; the handlers point them at the login or instance URL of their connector.</summary>
    public static readonly Uri Placeholder = new("http://salesforce.invalid/");

    /// <summary>Headers whose values are never logged: the token, and cookies an edge proxy may set.</summary>
    public static readonly IReadOnlyList<string> SecretHeaders = ["Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"];

    public static readonly HttpRequestOptionsKey<SalesforceConnectorContext> Connector = new(ConnectorOptionName);
    public static readonly HttpRequestOptionsKey<bool> NoRetry = new(NoRetryOptionName);
    public static readonly HttpRequestOptionsKey<LimitRejection> LastRejection = new("crmsync.salesforce.limit-rejection");

    public static SalesforceConnectorContext GetConnector(HttpRequestMessage request) =>
        request.Options.TryGetValue(Connector, out var context) && context is not null
            ? context
            : throw new InvalidOperationException("A request reached the Salesforce pipeline without its connector; call the API with the connector context.");

    /// <summary>The request's path and query moved onto <paramref name="baseUrl"/> (which may itself carry a path).</summary>
    public static Uri Rebase(Uri requestUri, Uri baseUrl) =>
        new(baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + requestUri.PathAndQuery, UriKind.Absolute);
}
