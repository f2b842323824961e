namespace CrmSync.Worker.Access;

/// <summary><c>CrmSync:Access:OpenIdConnect</c>: the provider, the client, and which role claim values grant what.</summary>
public sealed class OpenIdConnectAccessOptions
{
    /// <summary>The issuer URL; its /.well-known/openid-configuration is read at the first sign-in.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>From a secret (environment), never a file in the repository.</summary>
    public string? ClientSecret { get; set; }

    public List<string> Scopes { get; set; } = [];

    /// <summary>The claim carrying the user's roles or groups.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>A value of <see cref="RoleClaim"/> that makes the user an admin.</summary>
    public string AdminRole { get; set; } = "crmsync-admin";

    /// <summary>A value of <see cref="RoleClaim"/> that lets the user see the dashboard read-only.</summary>
    public string ReadOnlyRole { get; set; } = "crmsync-viewer";

    /// <summary>Only for a test provider on plain http: production authorities are https.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
