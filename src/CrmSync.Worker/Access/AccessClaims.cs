using System.Security.Claims;

namespace CrmSync.Worker.Access;

/// <summary>The role claims CrmSync itself issues (basic auth) or maps an OIDC role claim to.</summary>
public static class AccessClaims
{
    public const string AdminRole = "crmsync-admin";
    public const string ReadOnlyRole = "crmsync-viewer";

    public static string RoleName(AccessRole role) => role == AccessRole.Admin ? AdminRole : ReadOnlyRole;

    public static bool CanView(ClaimsPrincipal user) => user.IsInRole(AdminRole) || user.IsInRole(ReadOnlyRole);

    public static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole(AdminRole);
}
