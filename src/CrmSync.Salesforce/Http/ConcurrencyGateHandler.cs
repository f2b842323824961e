namespace CrmSync.Salesforce.Http;

/// <summary>
/// Bounds the requests one connector has in flight (<c>Limits:MaxConcurrentRequests</c>), so CrmSync cannot use up the
/// org's 25 concurrent long-running requests (5 in Developer orgs) that its people and other apps share. It sits
/// outside the attempt timeout: waiting for a slot never counts as a slow answer.
/// </summary>
internal sealed class ConcurrencyGateHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var gate = SalesforceHttp.GetConnector(request).Gate;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
