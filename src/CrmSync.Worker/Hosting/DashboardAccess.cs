using System.Net;
using Hangfire.Dashboard;

namespace CrmSync.Worker.Hosting;

/// <summary>
/// Who may use the dashboard and the run history: local requests only (from a loopback address, or from the
/// server's own address). The one rule for both: Hangfire's dashboard takes it as its authorization filter, the
/// <c>/runs</c> endpoints as an endpoint filter.
/// </summary>
public sealed class DashboardAccess : IDashboardAuthorizationFilter
{
    public static bool IsAllowed(HttpContext http)
    {
        var remote = http.Connection.RemoteIpAddress;
        if (remote is null)
            return false;
        if (remote.IsIPv4MappedToIPv6)
            remote = remote.MapToIPv4();
        return IPAddress.IsLoopback(remote) || remote.Equals(http.Connection.LocalIpAddress?.IsIPv4MappedToIPv6 == true
            ? http.Connection.LocalIpAddress.MapToIPv4()
            : http.Connection.LocalIpAddress);
    }

    public bool Authorize(DashboardContext context) => IsAllowed(context.GetHttpContext());

    /// <summary>The same rule on minimal-API endpoints: 403 with nothing else for anyone else.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        IsAllowed(context.HttpContext) ? await next(context) : Results.StatusCode(StatusCodes.Status403Forbidden);
}
