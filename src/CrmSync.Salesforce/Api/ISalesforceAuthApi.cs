using CrmSync.Salesforce.Http;
using CrmSync.Salesforce.Wire;
using Refit;

namespace CrmSync.Salesforce.Api;

/// <summary>The OAuth token endpoint on the login host (the connector's <c>LoginUrl</c>, set per request by <see cref="LoginHostHandler"/>).</summary>
internal interface ISalesforceAuthApi
{
    /// <summary>A 400 answers <c>{"error","error_description"}</c>: the response is inspected, not thrown.</summary>
    [Post("/services/oauth2/token")]
    Task<IApiResponse<SfTokenResponse>> Token(
        [Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form,
        [Property(SalesforceHttp.ConnectorOptionName)] SalesforceConnectorContext connector,
        CancellationToken cancellationToken);
}
