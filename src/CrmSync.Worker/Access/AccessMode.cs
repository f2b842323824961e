namespace CrmSync.Worker.Access;

/// <summary>How requests that are not local authenticate to the dashboard, <c>/runs</c> and <c>/api</c>.</summary>
public enum AccessMode
{
    /// <summary>Only local requests are served (the default): no one off this machine gets in.</summary>
    LocalOnly,

    /// <summary>HTTP basic authentication against <c>CrmSync:Access:Basic:Users</c> (password hashes from a secret).</summary>
    Basic,

    /// <summary>Sign-in with an OpenID Connect provider; its role claim maps to the admin or read-only role.</summary>
    OpenIdConnect,
}
