using CrmSync.Sandbox.Hosting;
using CrmSync.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CrmSync.Sandbox;

public static class SandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the sandbox's HubSpot endpoints onto an existing app (every route shares the state's auth, limits,
    /// faults, stats and request log). Returns the route keys mapped.
    /// </summary>
    public static IReadOnlyList<string> MapHubSpotSandbox(this IEndpointRouteBuilder endpoints, SandboxState state)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        var handler = new SandboxRequestHandler(state);
        var routes = SandboxRoutes.Build(state);
        foreach (var route in routes)
        {
            endpoints.MapMethods(route.Template, [route.Method], (RequestDelegate)(http => handler.HandleAsync(http, route)));
        }

        return routes.Select(r => r.Key).ToList();
    }

    internal static void MapSandboxFallback(this WebApplication app, SandboxState state)
    {
        var handler = new SandboxRequestHandler(state);
        app.MapFallback((RequestDelegate)(http => handler.HandleAsync(http, SandboxRoutes.Unmatched)));
    }
}
