using CrmSync.Sandbox.Salesforce.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CrmSync.Sandbox.Salesforce;

public static class SalesforceEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the fake org onto an existing app: /services/** (OAuth token endpoint, version list, REST data API) and
    /// /__sandbox/salesforce/duplicates. The host's scheme://host is the instance_url the token answer returns.
    /// </summary>
    public static IEndpointConventionBuilder MapSalesforceSandbox(this IEndpointRouteBuilder endpoints, SalesforceOrgState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        var handler = new SalesforceRequestHandler(state);
        endpoints.Map(Inspection.InspectionEndpoint.Path, (RequestDelegate)handler.HandleAsync);
        return endpoints.Map("/services/{**path}", (RequestDelegate)handler.HandleAsync);
    }
}
