namespace CrmSync.Worker.Access;

/// <summary>
/// <c>CrmSync:DataProtection</c>: the key ring that protects the OIDC sign-in cookie and the dashboard's antiforgery
/// tokens. Replicas share it through the store (PostgreSQL) or the data directory (SQLite); see docs/deploy.md.
/// </summary>
public sealed class CrmSyncDataProtectionOptions
{
    public const string Section = "CrmSync:DataProtection";

    /// <summary>The name replicas share to read each other's protected data; default <c>crmsync</c>.</summary>
    public string? ApplicationName { get; set; }
}
