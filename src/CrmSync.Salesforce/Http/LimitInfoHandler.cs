using System.Net;
using CrmSync.Core.Telemetry;
using CrmSync.Salesforce.Calls;
using CrmSync.Salesforce.Limits;
using CrmSync.Salesforce.Logging;

namespace CrmSync.Salesforce.Http;

/// <summary>
/// Per attempt: feeds <c>Sforce-Limit-Info</c> (present on every REST answer, salesforce-api.md §10.2) to the
/// connector's daily budget, and reads a 403 <c>REQUEST_LIMIT_EXCEEDED</c> to tell the daily allocation (stop, no
/// retry: Salesforce sends no Retry-After and no 429) from the org's concurrent long requests (back off and retry).
/// </summary>
internal sealed class LimitInfoHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = SalesforceHttp.GetConnector(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Headers.TryGetValues(SalesforceHttp.LimitInfoHeader, out var values))
            context.Budget.Observe(LimitInfo.Parse(string.Join(';', values)));
        if (response.StatusCode != HttpStatusCode.Forbidden)
            return response;

        // Buffered so Refit can still read the body afterwards.
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var errors = SalesforceErrorReader.Read(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        if (errors.FirstOrDefault(e => e.Code == "REQUEST_LIMIT_EXCEEDED") is not { } limit)
            return response;

        var rejection = limit.Message?.Contains("ConcurrentPerOrgLongTxn", StringComparison.OrdinalIgnoreCase) == true
            ? LimitRejection.ConcurrentLongRequests
            : LimitRejection.DailyAllocation;
        request.Options.Set(SalesforceHttp.LastRejection, rejection);
        context.Stats.RecordRateLimited();
        CrmCallTelemetry.RateLimited(rejection.ToString());
        if (rejection == LimitRejection.DailyAllocation)
            context.Budget.Exhausted();
        SalesforceLog.LimitExceeded(context.Logger, context.Name, request.RequestUri?.AbsolutePath, rejection, limit.Message);
        return response;
    }
}
