using System.Net;
using System.Net.Http.Headers;
using CrmSync.Salesforce.Auth;
using CrmSync.Salesforce.Logging;

namespace CrmSync.Salesforce.Http;

/// <summary>
/// Innermost handler, once per attempt: takes the connector's current token, points the request at the token's
/// <c>instance_url</c> and sends it. A 401 <c>INVALID_SESSION_ID</c> (expired or revoked session) gets one new token
/// and one replay; a second 401 is returned and stops the job. The token is removed from the request afterwards, so
/// the request object that exceptions and loggers carry never holds it. Every send is one API call.
/// </summary>
internal sealed class AccessTokenHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = SalesforceHttp.GetConnector(request);
        var original = request.RequestUri!;
        var session = await context.Tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        var response = await SendWithAsync(request, original, session, context, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
            return response;

        SalesforceLog.SessionRejected(context.Logger, context.Name, request.Method.Method, original.AbsolutePath);
        response.Dispose();
        context.Tokens.Invalidate(session);
        session = await context.Tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        return await SendWithAsync(request, original, session, context, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendWithAsync(
        HttpRequestMessage request, Uri original, SalesforceSession session, SalesforceConnectorContext context, CancellationToken cancellationToken)
    {
        request.RequestUri = SalesforceHttp.Rebase(original, session.InstanceUrl);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        context.Stats.RecordCall();
        context.Budget.Spend();
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
