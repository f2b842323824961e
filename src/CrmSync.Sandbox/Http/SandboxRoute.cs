namespace CrmSync.Sandbox.Http;

/// <param name="Template">ASP.NET route template; also the route key in stats ("POST /crm/v3/objects/{type}/batch/update").</param>
internal sealed record SandboxRoute(string Method, string Template, RouteKind Kind, Func<SandboxCall, SandboxResponse> Handler)
{
    public string Key => $"{Method} {Template}";
}
