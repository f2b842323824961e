using CrmSync.Core.Telemetry;

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
        var context = SalesforceHttp.GetConnector(request);
        var gate = context.Gate;
        var waitStarted = context.Time.GetTimestamp();
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        CrmCallTelemetry.Waited("salesforce", context.Name, context.Time.GetElapsedTime(waitStarted));
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
