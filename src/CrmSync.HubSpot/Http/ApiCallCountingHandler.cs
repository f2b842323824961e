namespace CrmSync.HubSpot.Http;

/// <summary>Counts every HTTP attempt (it sits inside the retry handler, so retries count too).</summary>
internal sealed class ApiCallCountingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HubSpotHttp.GetConnector(request).Stats.RecordCall();
        return base.SendAsync(request, cancellationToken);
    }
}
