using System.Net.Http.Headers;

namespace CrmSync.HubSpot.Http;

/// <summary>
/// Innermost handler: puts the connector's private-app token on each attempt and takes it off again afterwards, so
/// the request object that exceptions (ApiException.RequestMessage) and loggers carry never holds the token.
/// </summary>
internal sealed class BearerTokenHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = HubSpotHttp.GetConnector(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.AccessToken);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            request.Headers.Authorization = null;
        }
    }
}
