using Microsoft.AspNetCore.Authorization;

namespace CrmSync.Worker.Access;

/// <summary>
/// The one policy for the dashboard, <c>/runs</c> and <c>/api</c>: a local request, or an authenticated user with the
/// admin or read-only role.
/// </summary>
public sealed class AccessPolicy : AuthorizationHandler<AccessPolicy>, IAuthorizationRequirement
{
    public const string Name = "CrmSyncAccess";

    /// <summary>The path prefixes behind the policy, whatever endpoints are mapped under them (now or later).</summary>
    public static readonly string[] ProtectedPrefixes = ["/hangfire", "/runs", "/api"];

    public static bool Protects(PathString path) => ProtectedPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessPolicy requirement)
    {
        var http = context.Resource as HttpContext;
        if ((http is not null && LocalRequest.IsLocal(http)) || AccessClaims.CanView(context.User))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
