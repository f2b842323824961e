namespace CrmSync.Salesforce.Http;

/// <summary>Points a token request at its connector's login URL (each org has its own, e.g. its My Domain).</summary>
internal sealed class LoginHostHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = SalesforceHttp.GetConnector(request);
        request.RequestUri = SalesforceHttp.Rebase(request.RequestUri!, context.LoginUri);
        return base.SendAsync(request, cancellationToken);
    }
}
